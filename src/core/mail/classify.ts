/**
 * Mail no person is waiting on an answer to: list and bulk mail, and mail a machine sent
 * on its own (auto-replies, out-of-office notes, delivery reports). Told from the message's
 * own header fields, by the standards and conventions mail software follows:
 * - bulk: `List-Id` (RFC 2919), `List-Unsubscribe` (RFC 2369; required of bulk senders by
 *   Gmail and Yahoo since 2024), `Precedence: bulk | list | junk`;
 * - automatic: `Auto-Submitted` other than `no` (RFC 3834), `X-Autoreply`, `X-Autorespond`,
 *   `X-Auto-Response-Suppress` naming `All` or `OOF` (Exchange marks its own automatic
 *   mail so), a `multipart/report` body (delivery and read reports, RFC 6522), and senders
 *   that are a mail system or say they read nothing (`mailer-daemon@`, `postmaster@`,
 *   `no-reply@`…).
 */

export type MailKind = 'bulk' | 'automatic';

/** A header field as the message carries it: lower-case name, unfolded value. */
export interface HeaderField {
  key: string;
  value: string;
}

/** Local parts of senders that are a system, not a person. */
const SYSTEM_SENDERS = /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon|no-?reply|do-?not-?reply|bounces?)(?:[-+._].*)?$/;

/** Why no one waits on an answer to this message, or null for a person's mail. */
export function mailKind(fields: readonly HeaderField[], folded: string | null): MailKind | null {
  let bulk = false;
  for (const { key, value } of fields) {
    const v = value.trim().toLowerCase();
    switch (key) {
      case 'auto-submitted':
        if (v && !/^no\b/.test(v)) return 'automatic';
        break;
      case 'x-autoreply':
      case 'x-autorespond':
        if (v !== 'no' && v !== 'false') return 'automatic';
        break;
      case 'x-auto-response-suppress':
        if (/(?:^|[\s,;])(?:all|oof)(?:$|[\s,;])/.test(v)) return 'automatic';
        break;
      case 'content-type':
        if (/^multipart\/report\b/.test(v)) return 'automatic';
        break;
      case 'list-id':
      case 'list-unsubscribe':
        bulk = true;
        break;
      case 'precedence':
        if (/^(?:bulk|list|junk)\b/.test(v)) bulk = true;
        break;
    }
  }
  if (folded && SYSTEM_SENDERS.test(folded.slice(0, folded.lastIndexOf('@')))) return 'automatic';
  return bulk ? 'bulk' : null;
}

/** The header fields mailKind reads: the only ones besides the addressing and threading fields an import needs. */
export const KIND_FIELDS = ['auto-submitted', 'x-autoreply', 'x-autorespond', 'x-auto-response-suppress', 'content-type', 'list-id', 'list-unsubscribe', 'precedence'] as const;

/**
 * A message's header block → what an import needs of it. Header fields are parsed by
 * postal-mime (RFC 5322 addresses, RFC 2047 encoded words in any charset, dates); only
 * the header block is ever given to it — the body is never read, let alone copied — and
 * only the fields used here: a real message carries dozens of `Received:` and
 * `DKIM-Signature:` lines that would cost most of the time and say nothing about it.
 */
import PostalMime, { type Address, type Email } from 'postal-mime';
import { foldAddress } from './address.js';
import { KIND_FIELDS, mailKind, type MailKind } from './classify.js';

/** One message, as the import sees it. */
export interface MailHeaders {
  /** The sender (first From address), folded; null when there is none. */
  from: string | null;
  /** To, Cc and Bcc, folded. */
  recipients: string[];
  /** Decoded subject ('' when there is none). */
  subject: string;
  /** Message-ID without angle brackets; null when missing or not a usable id. */
  messageId: string | null;
  /** The ids it answers or follows: In-Reply-To, then References. */
  parents: string[];
  /** When it was sent (ms since 1970, UTC); null when the Date: field is missing or unreadable. */
  time: number | null;
  /** List or bulk mail, or automatic mail; null for a person's message. */
  kind: MailKind | null;
}

const ADDRESSING = ['from', 'to', 'cc', 'bcc', 'subject', 'message-id', 'in-reply-to', 'references', 'date'];
const WANTED = new Set<string>([...ADDRESSING, ...KIND_FIELDS]);

/** The largest header block read (postal-mime's own limit is 2 MiB); a larger one is not a message's. */
export const MAX_HEADER_BYTES = 1024 * 1024;

/**
 * The lines of the fields clientfit reads, with their continuation lines, in their order;
 * every other field is dropped. Works on the bytes as Latin-1 (one character per byte), so
 * UTF-8 in a header (RFC 6532) comes back unchanged.
 */
export function wantedFields(block: Uint8Array): Buffer {
  const text = Buffer.from(block.buffer, block.byteOffset, block.byteLength).toString('latin1');
  const out: string[] = [];
  let keep = false;
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    end = end < 0 ? text.length : end + 1;
    const c = text.charCodeAt(at);
    if (c === 0x20 || c === 0x09) {
      if (keep) out.push(text.slice(at, end));
    } else {
      const colon = text.indexOf(':', at);
      keep = colon > at && colon < end && WANTED.has(text.slice(at, colon).trimEnd().toLowerCase());
      if (keep) out.push(text.slice(at, end));
    }
    at = end;
  }
  const joined = out.join('');
  return Buffer.from(joined.endsWith('\n') || !joined ? `${joined}\n` : `${joined}\n\n`, 'latin1');
}

/** `<a@b> <c@d>` (or ids without brackets, as some programs write them) → [a@b, c@d]; a broken `<…` gives none. */
export function messageIds(value: string | undefined): string[] {
  if (!value) return [];
  const bracketed = [...value.matchAll(/<([^<>\s]+)>/g)].map((m) => m[1]!);
  if (bracketed.length || value.includes('<')) return bracketed;
  return value.split(/[\s,]+/).filter((s) => s.includes('@') && s.length <= 250);
}

/** A Message-ID fit to be written as part of `source:`: printable ASCII, no spaces, not absurdly long. */
const USABLE_ID = /^[\x21-\x7e]{1,250}$/;

function addressesOf(list: readonly Address[] | Address | undefined): string[] {
  const out: string[] = [];
  const push = (a: string | undefined) => {
    const f = a ? foldAddress(a) : null;
    if (f) out.push(f);
  };
  for (const a of list === undefined ? [] : Array.isArray(list) ? list : [list as Address]) {
    if (a.group) for (const m of a.group) push(m.address);
    else push(a.address);
  }
  return out;
}

/** Reads a message's header block (the bytes up to the first empty line). */
export async function readHeaders(block: Uint8Array): Promise<MailHeaders> {
  const fields = wantedFields(block);
  const mail: Email = await PostalMime.parse(fields, { maxNestingDepth: 1, maxPartCount: 1 });
  const from = addressesOf(mail.from)[0] ?? null;
  const recipients = [...addressesOf(mail.to), ...addressesOf(mail.cc), ...addressesOf(mail.bcc)];
  const id = messageIds(mail.messageId)[0] ?? mail.messageId?.trim() ?? '';
  const time = mail.date ? Date.parse(mail.date) : NaN;
  return {
    from,
    recipients,
    subject: mail.subject ?? '',
    messageId: USABLE_ID.test(id) ? id : null,
    parents: [...messageIds(mail.inReplyTo), ...messageIds(mail.references)],
    time: Number.isFinite(time) && /^\d{4}-/.test(mail.date ?? '') ? time : null,
    kind: mailKind(mail.headers, from),
  };
}

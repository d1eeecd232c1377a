/**
 * `clientfit import` of mail: mbox files, `.eml` files and mail folders → `message` events.
 * Read (io/mailbox.ts: a stream, header blocks only) → parse each header block
 * (core/mail/headers.ts) → gather: who sent it, what is bulk or automatic, threads and
 * answers (core/mail/collect.ts) → per client, the same planning and writing as CSV
 * import (importClients.ts). The only clock-and-zone part, the calendar date of an instant
 * where the user lives, is decided here and handed to the core.
 */
import { UserError, type Problem } from '../core/errors.js';
import type { Client } from '../core/client.js';
import { localDate } from '../core/dates.js';
import { M } from '../core/i18n/msg.js';
import { AddressBook } from '../core/mail/address.js';
import { MailCollector, type AmbiguousSender, type MailCounts, type Sender } from '../core/mail/collect.js';
import { readHeaders } from '../core/mail/headers.js';
import { headerBlocks, mailFile, mailFilesIn, type MailFile, type MailKind } from '../io/mailbox.js';
import { megabytes, progressBar } from '../io/progress.js';
import type { Context } from './context.js';
import { importClient, type ClientResult } from './importClients.js';
import { errStream } from './stdout.js';
import { untuneV8 } from './v8flags.js';

/** What the mail held, for the summary: the collector's counts and the messages that could not be read. */
export interface MailTotals extends MailCounts {
  /** Header blocks that are not a message's (too large, or refused by the parser). */
  unreadable: number;
}

export interface MailImportResult {
  results: ClientResult[];
  unmatched: Sender[];
  ambiguous: AmbiguousSender[];
  errors: Problem[];
  totals: MailTotals;
}

/** The calendar date of an instant in the process's time zone (TZ, else the system's): where the user lives. */
const dayOf = (time: number) => localDate(new Date(time));

/** The files behind the inputs: folders expanded (their unreadable subfolders reported as warnings). */
function filesOf(ctx: Context, inputs: readonly { path: string; kind: MailKind }[]): MailFile[] {
  const files: MailFile[] = [];
  for (const { path, kind } of inputs) {
    if (kind !== 'folder') {
      files.push(mailFile(path, kind));
      continue;
    }
    const found = mailFilesIn(path);
    if (found.problems.length) ctx.report(found.problems.map((p) => ({ ...p, severity: 'warning' as const })));
    if (!found.files.length) throw new UserError({ code: 'usage', file: path, message: M.importer.err.noMail(path), expected: M.importer.err.noMailExpected });
    for (const f of found.files) files.push(f);
  }
  return files;
}

export async function importMail(
  ctx: Context,
  inputs: readonly { path: string; kind: MailKind }[],
  clients: readonly Client[],
  opts: { dryRun: boolean; since?: string },
): Promise<MailImportResult> {
  const me = [ctx.settings.me?.email, ...(ctx.settings.me?.emails ?? [])].filter((a): a is string => !!a);
  const book = new AddressBook(
    me,
    // Keyed by file: two profiles that claim one id are still two clients (and ambiguous).
    clients.map((c) => ({ id: c.file, contactEmail: c.profile.contact?.email, emails: c.profile.emails, domains: c.profile.domains })),
  );
  if (!book.knowsMe) {
    const e = M.importer.err;
    throw new UserError({ code: 'usage', message: e.noMe, expected: e.noMeExpected(ctx.settingsFile ?? e.noSettings) });
  }

  const files = filesOf(ctx, inputs);
  const total = files.reduce((s, f) => s + f.size, 0);
  untuneV8();
  const bar = progressBar(total, ctx.m.importer.cli.progress, { showAfterMs: 1000, counts: megabytes, stream: errStream() });
  const collector = new MailCollector(book, { dayOf, ...(opts.since ? { since: opts.since } : {}) });
  const seen = { oversized: 0 };
  let unreadable = 0;
  let done = 0;
  try {
    for (const file of files) {
      const start = done;
      for await (const block of headerBlocks(file, (n) => bar.update((done += n)), seen)) {
        let headers;
        try {
          headers = await readHeaders(block);
        } catch {
          // postal-mime refuses what is not a header block (its own limits): counted, never fatal.
          unreadable++;
          continue;
        }
        collector.add(headers);
      }
      done = start + file.size;
      bar.update(done);
    }
  } finally {
    bar.done();
  }
  const mail = collector.finish();

  const results: ClientResult[] = [];
  const errors: Problem[] = [];
  const byFile = new Map(clients.map((c) => [c.file, c]));
  const ordered = [...mail.byClient.keys()].map((file) => byFile.get(file)!).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.file < b.file ? -1 : 1));
  for (const client of ordered) {
    try {
      results.push(await importClient(client, mail.byClient.get(client.file)!, opts.dryRun));
    } catch (err) {
      if (err instanceof UserError) for (const item of err.problems) errors.push(item);
      else throw err;
    }
  }
  const ambiguous = mail.ambiguous.map((a) => ({ ...a, matches: a.matches.map((file) => byFile.get(file)?.id ?? file).sort() }));
  return { results, unmatched: mail.unmatched, ambiguous, errors, totals: { ...mail.counts, unreadable: unreadable + seen.oversized } };
}

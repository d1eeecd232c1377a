import { ExitCode, UserError, type Problem } from '../../core/errors.js';
import { validate, type Client } from '../../core/client.js';
import { isRealDate } from '../../core/dates.js';
import { M } from '../../core/i18n/msg.js';
import { decodeCsv } from '../../core/import/decode.js';
import { mapFormat } from '../../core/import/formats/map.js';
import { groupInvoices, groupTime, type ImportGroup } from '../../core/import/group.js';
import { ClientMatcher } from '../../core/import/match.js';
import { parseExport, type ImportRecord, type InvoiceRow, type TimeEntry } from '../../core/import/parseExport.js';
import { DATE_FORMATS, TOOLS, type DateFormat, type FormatSpec, type Tool } from '../../core/import/types.js';
import type { AmbiguousSender, Sender } from '../../core/mail/collect.js';
import { money, num } from '../../core/render/numbers.js';
import { safe, safeJson } from '../../core/render/safeText.js';
import { importMapSchema } from '../../core/schema/importMap.js';
import { findClients } from '../../io/findClients.js';
import { loadYaml } from '../../io/loadYaml.js';
import { mailKindOf, type MailKind } from '../../io/mailbox.js';
import { progressBar } from '../../io/progress.js';
import { readBytes } from '../../io/readText.js';
import { createContext, type Context, type Session } from '../context.js';
import { importClient, type ClientResult } from '../importClients.js';
import type { MailTotals } from '../importMail.js';
import { errStream } from '../stdout.js';

export interface ImportFlags {
  into?: string;
  from?: string;
  map?: string;
  dateFormat?: string;
  dryRun?: boolean;
  since?: string;
  format?: string;
  lang?: string;
  color: boolean;
}

const FORMATS = ['text', 'json'] as const;

interface RowIssue {
  file: string;
  line: number;
  client: string;
  matches?: string[];
}

/** What one run found, whatever it read: CSV rows are reported by file and line, mail by sender. */
type Found =
  | { kind: 'csv'; results: ClientResult[]; unmatched: RowIssue[]; ambiguous: RowIssue[]; errors: Problem[] }
  | { kind: 'mail'; results: ClientResult[]; unmatched: Sender[]; ambiguous: AmbiguousSender[]; errors: Problem[]; totals: MailTotals };

/**
 * `clientfit import FILE... [--into DIR] [--from TOOL] [--map FILE] [--date-format F]
 * [--since DATE] [--dry-run]`: reads CSV exports (decoded and parsed in core/import), or
 * mail (mbox, .eml, mail folders: importMail.ts), matches each row's client or each
 * message's sender to a profile under DIR, groups them into events and plans them against
 * what each client's files already hold; then, per client and under the lock of every file
 * it changes, plans again from the files as they are and writes them atomically through
 * the same edits as `log` and `paid` (importClients.ts). A second run of the same files
 * finds nothing to do. CSV and mail are imported in separate runs.
 */
export async function runImport(session: Session, files: string[], flags: ImportFlags): Promise<number> {
  const dir = flags.into ?? '.';
  const ctx = await createContext(session, flags, { formats: FORMATS, settingsDir: dir });
  const e = M.importer.err;
  if (flags.since !== undefined && !isRealDate(flags.since)) throw new UserError({ code: 'usage', message: e.badSince(flags.since), expected: e.badSinceExpected });
  // Every input is looked at before anything is read: a FIFO or a missing file stops the run here.
  const kinds = files.map((path) => ({ path, kind: mailKindOf(path) }));
  const mail = kinds.filter((k): k is { path: string; kind: MailKind } => k.kind !== null);
  if (mail.length && mail.length < kinds.length) {
    const csv = kinds.find((k) => k.kind === null)!.path;
    throw new UserError({ code: 'usage', message: e.mixed(mail[0]!.path, csv), expected: e.mixedExpected });
  }
  if (mail.length) {
    const flag = flags.from !== undefined ? '--from' : flags.map !== undefined ? '--map' : flags.dateFormat !== undefined ? '--date-format' : null;
    if (flag) throw new UserError({ code: 'usage', message: e.csvOnly(flag), expected: e.csvOnlyExpected });
  }
  const csv = mail.length ? null : checkCsvFlags(flags);

  const { clients, problems: found } = findClients(dir);
  if (found.length) ctx.report(found.map((p) => ({ ...p, severity: 'warning' as const })));
  if (!clients.length) throw new UserError({ code: 'usage', message: e.noClients(dir), expected: e.noClientsExpected });

  const dryRun = Boolean(flags.dryRun);
  const result: Found = csv
    ? { kind: 'csv', ...(await importCsv(ctx, files, clients, csv, { dryRun, since: flags.since })) }
    : // Loaded only for mail: a CSV import never pays for the mail parser.
      { kind: 'mail', ...(await (await import('../importMail.js')).importMail(ctx, mail, clients, { dryRun, ...(flags.since ? { since: flags.since } : {}) })) };

  if (ctx.format === 'json') process.stdout.write(`${safeJson(jsonSummary(result, ctx, dryRun))}\n`);
  else process.stdout.write(textSummary(result, ctx, dryRun, flags.since));
  if (result.errors.length) {
    if (ctx.format !== 'json') ctx.report(result.errors);
    return ExitCode.Failure;
  }
  return result.unmatched.length || result.ambiguous.length ? ExitCode.Findings : ExitCode.Ok;
}

interface CsvOptions {
  tool?: Tool;
  dateFormat?: DateFormat;
  map?: { format: FormatSpec; decimal?: '.' | ','; source?: string };
}

function checkCsvFlags(flags: ImportFlags): CsvOptions {
  const e = M.importer.err;
  if (flags.map && flags.from) throw new UserError({ code: 'usage', message: e.mapAndFrom, expected: e.mapAndFromExpected });
  const opts: CsvOptions = {};
  if (flags.from !== undefined) opts.tool = checkTool(flags.from);
  if (flags.dateFormat !== undefined) opts.dateFormat = checkDateFormat(flags.dateFormat);
  if (flags.map) opts.map = loadMap(flags.map);
  return opts;
}

/** CSV exports: every file read and parsed before anything is written (one bad file stops all), rows to clients, then each client's events. */
async function importCsv(ctx: Context, files: string[], clients: Client[], opts: CsvOptions, run: { dryRun: boolean; since?: string | undefined }) {
  const { tool, dateFormat, map } = opts;
  const bar = progressBar(files.length + clients.length, ctx.m.importer.cli.progress, { showAfterMs: 1000, stream: errStream() });
  let done = 0;
  const problems: Problem[] = [];
  const parsed: { tool: string; records: ImportRecord[] }[] = [];
  for (const file of files) {
    const { text } = decodeCsv(readBytes(file));
    const r = parseExport(text, file, { tool, format: map?.format, dateFormat: dateFormat ?? undefined, decimal: map?.decimal });
    for (const item of r.problems) problems.push(item);
    if ('records' in r) parsed.push({ tool: r.format.tool === 'map' ? (map?.source ?? 'map') : r.format.tool, records: r.records });
    bar.update(++done);
  }
  if (problems.length) {
    bar.done();
    throw new UserError(problems);
  }

  // Each row to its client; rows that match none or several are only reported.
  const matcher = new ClientMatcher(clients.map((c) => ({ id: c.id, name: c.name, aliases: c.profile.aliases, client: c })));
  const unmatched: RowIssue[] = [];
  const ambiguous: RowIssue[] = [];
  const byClient = new Map<Client, Map<string, ImportRecord[]>>();
  for (const { tool: t, records } of parsed) {
    for (const rec of records) {
      if (run.since && rec.date < run.since) continue;
      const m = matcher.match(rec.client);
      if (m.kind === 'none') unmatched.push({ file: rec.file, line: rec.line, client: rec.client });
      else if (m.kind === 'many') ambiguous.push({ file: rec.file, line: rec.line, client: rec.client, matches: m.targets.map((c) => c.id) });
      else {
        const tools = byClient.get(m.target.client) ?? new Map<string, ImportRecord[]>();
        const list = tools.get(t) ?? [];
        list.push(rec);
        tools.set(t, list);
        byClient.set(m.target.client, tools);
      }
    }
  }

  const results: ClientResult[] = [];
  const errors: Problem[] = [];
  const ordered = [...byClient.entries()].sort(([a], [b]) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const [client, tools] of ordered) {
    const groups: ImportGroup[] = [];
    for (const [t, recs] of tools) {
      for (const item of groupTime(t, recs.filter((r): r is TimeEntry => r.kind === 'time'))) groups.push(item);
      for (const item of groupInvoices(t, recs.filter((r): r is InvoiceRow => r.kind === 'invoice'))) groups.push(item);
    }
    try {
      results.push(await importClient(client, groups, run.dryRun));
    } catch (err) {
      if (err instanceof UserError) for (const item of err.problems) errors.push(item);
      else throw err;
    }
    bar.update(++done);
  }
  bar.done();
  return { results, unmatched, ambiguous, errors };
}

function checkTool(value: string): Tool {
  const v = value.toLowerCase();
  if ((TOOLS as readonly string[]).includes(v)) return v as Tool;
  throw new UserError({ code: 'usage', message: M.importer.err.badTool(value), expected: M.t.err.badChoiceExpected(TOOLS.join(', ')) });
}

function checkDateFormat(value: string): DateFormat {
  const v = value.toUpperCase();
  if ((DATE_FORMATS as readonly string[]).includes(v)) return v as DateFormat;
  throw new UserError({ code: 'usage', message: M.importer.err.badDateFormat(value), expected: M.importer.err.badDateFormatExpected(DATE_FORMATS.join(', ')) });
}

/** A --map file, validated like every clientfit file (and as `lint` checks it). */
function loadMap(path: string): { format: FormatSpec; decimal?: '.' | ','; source?: string } {
  const src = loadYaml(path, 'any');
  const r = validate(importMapSchema(), src);
  if (!r.ok) throw new UserError(r.problems);
  return { format: mapFormat(r.value), decimal: r.value.decimal, source: r.value.source };
}

function jsonSummary(found: Found, ctx: Context, dryRun: boolean) {
  const mail = found.kind === 'mail';
  return {
    schema: 'clientfit/import@1',
    dryRun,
    clients: found.results.map((r) => ({
      id: r.id,
      name: r.name,
      file: r.file,
      added: r.added,
      updated: r.updated,
      unchanged: r.unchanged,
      hours: r.hours,
      invoiced: r.invoiced,
      currency: r.currency,
      ...(mail ? { messages: r.messages } : {}),
    })),
    unmatched: found.kind === 'mail' ? found.unmatched.map(({ address, count }) => ({ address, count })) : found.unmatched.map(({ file, line, client }) => ({ file, line, client })),
    ambiguous:
      found.kind === 'mail'
        ? found.ambiguous.map(({ address, count, matches }) => ({ address, count, matches }))
        : found.ambiguous.map(({ file, line, client, matches }) => ({ file, line, client, matches })),
    errors: found.errors.map((p) => ({ file: p.file ?? null, line: p.line ?? null, message: ctx.word(p.message) })),
    ...(found.kind === 'mail' ? { mail: found.totals } : {}),
  };
}

/** Senders listed in the text summary; JSON lists them all. */
const SHOWN_SENDERS = 20;

function textSummary(found: Found, ctx: Context, dryRun: boolean, since: string | undefined): string {
  const s = ctx.m.importer.summary;
  const lines: string[] = [];
  const { results } = found;
  if (!results.length && !found.unmatched.length && !found.ambiguous.length) lines.push(s.nothing);
  for (const r of results) {
    const parts = [s.counts(r.added, r.updated, r.unchanged)];
    if (r.hours) parts.push(s.hours(num(r.hours, ctx.t)));
    if (r.invoiced) parts.push(s.invoiced(money(r.invoiced, r.currency, ctx.t)));
    if (found.kind === 'mail') parts.push(s.messages(r.messages));
    lines.push(`${safe(s.client(r.name, r.file))}: ${parts.join(' · ')}`);
    if (r.newLog) lines.push(`  ${safe(s.newLog(r.file, r.profile))}`);
    if (r.paidUnknown) lines.push(`  ${s.paidUnknown(r.paidUnknown)}`);
    for (const u of r.undated) lines.push(`  ${safe(s.undated(u.ref, money(u.amount, r.currency, ctx.t)))}`);
  }
  if (found.kind === 'mail') {
    const t = found.totals;
    const n = (x: number) => num(x, ctx.t);
    lines.push('', s.mailRead(n(t.messages), n(t.fromClients), n(t.fromYou)));
    const skipped = [
      t.bulk ? s.mailBulk(n(t.bulk)) : '',
      t.automatic ? s.mailAutomatic(n(t.automatic)) : '',
      t.undated ? s.mailUndated(n(t.undated)) : '',
      t.before && since ? s.mailBefore(n(t.before), since) : '',
      t.unreadable ? s.mailUnreadable(n(t.unreadable)) : '',
    ].filter(Boolean);
    if (skipped.length) lines.push(s.mailSkipped(skipped.join(', ')));
    if (found.unmatched.length) {
      lines.push('', s.sendersTitle(found.unmatched.length));
      for (const u of found.unmatched.slice(0, SHOWN_SENDERS)) lines.push(`  ${safe(s.sender(n(u.count), u.address || s.noSender))}`);
      if (found.unmatched.length > SHOWN_SENDERS) lines.push(`  ${s.moreSenders(found.unmatched.length - SHOWN_SENDERS)}`);
      lines.push(`  ${s.sendersHint}`);
    }
    if (found.ambiguous.length) {
      lines.push('', s.ambiguousSendersTitle(found.ambiguous.length));
      for (const a of found.ambiguous) lines.push(`  ${safe(s.ambiguousSender(n(a.count), a.address, a.matches.join(', ')))}`);
    }
  } else {
    if (found.unmatched.length) {
      lines.push('', s.unmatchedTitle(found.unmatched.length));
      for (const u of found.unmatched) lines.push(`  ${safe(s.unmatched(`${u.file}:${u.line}`, u.client || s.noClient))}`);
      lines.push(`  ${s.unmatchedHint}`);
    }
    if (found.ambiguous.length) {
      lines.push('', s.ambiguousTitle(found.ambiguous.length));
      for (const a of found.ambiguous) lines.push(`  ${safe(s.ambiguous(`${a.file}:${a.line}`, a.client, (a.matches ?? []).join(', ')))}`);
    }
  }
  if (dryRun) lines.push('', s.dryRun);
  return `${lines.join('\n')}\n`;
}

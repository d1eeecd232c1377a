import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ExitCode, UserError, type Problem } from '../../core/errors.js';
import { validate, type Client } from '../../core/client.js';
import { addLogsEntry } from '../../core/edit/addLogsEntry.js';
import { appendEvents } from '../../core/edit/appendEvent.js';
import { invoicesWithRef, recordPayment } from '../../core/edit/recordPayment.js';
import { setEventField } from '../../core/edit/setEventField.js';
import { M } from '../../core/i18n/msg.js';
import { decodeCsv } from '../../core/import/decode.js';
import { mapFormat } from '../../core/import/formats/map.js';
import { groupInvoices, groupTime, type ImportGroup } from '../../core/import/group.js';
import { ClientMatcher } from '../../core/import/match.js';
import { parseExport, type ImportRecord, type InvoiceRow, type TimeEntry } from '../../core/import/parseExport.js';
import { planClient, type ClientPlan } from '../../core/import/plan.js';
import { DATE_FORMATS, TOOLS, type DateFormat, type FormatSpec, type Tool } from '../../core/import/types.js';
import { money, num } from '../../core/render/numbers.js';
import { safe } from '../../core/render/safeText.js';
import { importMapSchema } from '../../core/schema/importMap.js';
import type { ClientEvent } from '../../core/schema/event.js';
import { parseYaml, type YamlSource } from '../../core/yamlSource.js';
import { findClients } from '../../io/findClients.js';
import { loadYaml } from '../../io/loadYaml.js';
import { loadClient } from '../../io/loadClient.js';
import { resolveLogs } from '../../io/clientLogs.js';
import { clientFilesForEdit, type EditableFile } from '../../io/logTarget.js';
import { progressBar } from '../../io/progress.js';
import { readBytes } from '../../io/readText.js';
import { createContext, type Context, type Session } from '../context.js';
import { lockedOrExplain, writeOrExplain } from '../writeErrors.js';

export interface ImportFlags {
  into?: string;
  from?: string;
  map?: string;
  dateFormat?: string;
  dryRun?: boolean;
  format?: string;
  lang?: string;
  color: boolean;
}

const FORMATS = ['text', 'json'] as const;

/** One client's part of the import, as the summary tells it. */
interface ClientResult {
  id: string;
  name: string;
  /** The log the events went (or would go) to, as shown. */
  file: string;
  added: number;
  updated: number;
  unchanged: number;
  hours: number;
  invoiced: number;
  currency: string | null;
  newLog: boolean;
  /** The profile, as shown (it gains a `logs:` line when the log is new). */
  profile: string;
  paidUnknown: number;
  undated: ClientPlan['undated'];
}

interface RowIssue {
  file: string;
  line: number;
  client: string;
  matches?: string[];
}

/** A file's new text, and what it held when read (null: it is created). */
interface Change {
  path: string;
  shown: string;
  text: string;
  bom: string;
  raw: Buffer | null;
}

/**
 * `clientfit import FILE... [--into DIR] [--from TOOL] [--map FILE] [--date-format F]
 * [--dry-run]`: reads CSV exports (decoded and parsed in core/import), matches each row's
 * client to a profile under DIR, groups rows into events and plans them against what each
 * client's files already hold; then, per client and under the lock of every file it
 * changes, plans again from the files as they are and writes them atomically through the
 * same edits as `log` and `paid`. A second run of the same files finds nothing to do.
 */
export async function runImport(session: Session, files: string[], flags: ImportFlags): Promise<number> {
  const dir = flags.into ?? '.';
  const ctx = await createContext(session, flags, { formats: FORMATS, settingsDir: dir });
  const e = M.importer.err;
  if (flags.map && flags.from) throw new UserError({ code: 'usage', message: e.mapAndFrom, expected: e.mapAndFromExpected });
  const tool = flags.from === undefined ? undefined : checkTool(flags.from);
  const dateFormat = flags.dateFormat === undefined ? undefined : checkDateFormat(flags.dateFormat);
  const map = flags.map ? loadMap(flags.map) : undefined;

  const { clients, problems: found } = findClients(dir);
  if (found.length) ctx.report(found.map((p) => ({ ...p, severity: 'warning' as const })));
  if (!clients.length) throw new UserError({ code: 'usage', message: e.noClients(dir), expected: e.noClientsExpected });

  const bar = progressBar(files.length + clients.length, ctx.m.importer.cli.progress, { showAfterMs: 1000 });
  let done = 0;
  // Every file is read and parsed before anything is written: one bad file stops all.
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
      results.push(await importClient(client, groups, Boolean(flags.dryRun)));
    } catch (err) {
      if (err instanceof UserError) for (const item of err.problems) errors.push(item);
      else throw err;
    }
    bar.update(++done);
  }
  bar.done();

  if (ctx.format === 'json') process.stdout.write(`${JSON.stringify(jsonSummary(results, unmatched, ambiguous, errors, ctx, Boolean(flags.dryRun)), null, 2)}\n`);
  else process.stdout.write(textSummary(results, unmatched, ambiguous, ctx, Boolean(flags.dryRun)));
  if (errors.length) {
    if (ctx.format !== 'json') ctx.report(errors);
    return ExitCode.Failure;
  }
  return unmatched.length || ambiguous.length ? ExitCode.Findings : ExitCode.Ok;
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

const eventsIn = (src: YamlSource): ClientEvent[] => {
  const list = (src.data as { events?: unknown } | null)?.events;
  return Array.isArray(list) ? (list.filter((x) => x && typeof x === 'object') as ClientEvent[]) : [];
};

/**
 * One client: plan against its files, and unless this is a dry run, do it again under the
 * lock of every file it may change (another run may have written since), then write.
 */
async function importClient(client: Client, groups: ImportGroup[], dryRun: boolean): Promise<ClientResult> {
  const first = prepare(client, groups);
  if (dryRun || !first.changes.length) return first.result;
  const paths = [client.file, ...first.lockPaths].filter((p, i, all) => all.indexOf(p) === i).sort();
  const lockAll = async (i: number): Promise<ClientResult> => {
    if (i < paths.length) return lockedOrExplain(paths[i]!, () => lockAll(i + 1));
    // Under the locks: files unchanged since the plan keep it; otherwise plan again.
    const same = first.read.every(({ path, raw }) => {
      try {
        return readBytes(path).equals(raw);
      } catch {
        return false;
      }
    });
    const again = same ? first : prepare(client, groups);
    for (const c of again.changes) writeOrExplain(c.path, c.bom + c.text, c.raw ? { expect: c.raw } : { exclusive: true });
    return again.result;
  };
  return lockAll(0);
}

/**
 * Reads the client's files, plans the import and computes every file's new text (nothing
 * is written). The plan needs only the events (io's fast loader); the files are parsed in
 * full for editing only when there is something to change.
 */
function prepare(client: Client, groups: ImportGroup[]): { result: ClientResult; changes: Change[]; lockPaths: string[]; read: { path: string; raw: Buffer }[] } {
  const e = M.importer.err;
  const loaded = loadClient(client.file);
  const terms = loaded.profile.contract?.payment_terms_days;
  const plan = planClient(groups, loaded.events, terms ?? 30);
  const logName = `${client.id}.log.yaml`;
  const newLogPath = join(dirname(client.file), logName);
  const logs = resolveLogs(client.file, loaded.profile.logs).filter((l) => !l.refused);
  const shownTarget = logs[0] ? logs[0].shown : relative('.', newLogPath) || logName;
  const result: ClientResult = {
    id: client.id,
    name: client.name,
    file: shownTarget,
    added: plan.added,
    updated: plan.updated,
    unchanged: plan.unchanged,
    hours: plan.hoursTotal,
    invoiced: plan.invoiced,
    currency: loaded.profile.contract?.currency ?? null,
    newLog: !logs[0] && plan.add.length > 0,
    profile: client.file,
    paidUnknown: groups.filter((g) => g.type === 'invoice' && g.paid === true).length,
    undated: plan.undated,
  };
  if (!plan.add.length && !plan.hours.length && !plan.payments.length) return { result, changes: [], lockPaths: [], read: [] };

  const files = clientFilesForEdit(client.file);
  const profile = files[0]!;
  const target: EditableFile | null = files[1] ?? null;
  const lockPaths = [...files.map((f) => f.path), ...(target ? [] : [newLogPath])];
  // Every file's current text, changed step by step; parsed again only when a later step needs it.
  const state = new Map<string, { file: Pick<EditableFile, 'path' | 'shown' | 'kind' | 'bom'>; text: string; src: YamlSource | null }>();
  for (const f of files) state.set(f.path, { file: f, text: f.src.text, src: f.src });
  const srcOf = (path: string): YamlSource => {
    const s = state.get(path)!;
    if (!s.src) {
      const r = parseYaml(s.text, s.file.shown, s.file.kind);
      if (!r.ok) throw new UserError(r.problems);
      s.src = r.src;
    }
    return s.src;
  };
  const update = (path: string, text: string) => {
    const s = state.get(path)!;
    s.text = text;
    s.src = null;
  };

  if (plan.add.length) {
    let logPath = target?.path;
    if (!logPath) {
      if (existsSync(newLogPath)) throw new UserError({ code: 'usage', file: profile.shown, message: e.logExists(newLogPath), expected: e.logExistsExpected });
      state.set(newLogPath, { file: { path: newLogPath, shown: shownTarget, kind: 'log', bom: '' }, text: 'events:\n', src: null });
      const withLogs = addLogsEntry(profile.src, logName);
      if (withLogs === null) throw new UserError({ code: 'usage', file: profile.shown, message: e.logsEdit(profile.shown), expected: e.logsEditExpected });
      update(profile.path, withLogs);
      logPath = newLogPath;
    }
    const added = appendEvents(srcOf(logPath), plan.add);
    if (!added.ok) throw new UserError([added.problem, { code: 'usage', message: e.unsafe(state.get(logPath)!.file.shown) }]);
    update(logPath, added.text);
  }

  for (const h of plan.hours) {
    for (const [path, s] of state) {
      const src = srcOf(path);
      const index = eventsIn(src).findIndex((ev) => ev.source === h.source);
      if (index < 0) continue;
      const text = setEventField(src, index, 'hours', h.hours);
      if (text === null) throw new UserError({ code: 'usage', file: s.file.shown, message: e.unsafe(s.file.shown) });
      update(path, text);
      break;
    }
  }

  for (const p of plan.payments) {
    const path = [...state.keys()].find((k) => invoicesWithRef(srcOf(k).data, p.ref).length > 0);
    if (!path) continue;
    const r = recordPayment(srcOf(path), p.ref, p.amount === undefined ? { date: p.date } : { date: p.date, amount: p.amount });
    if (!r.ok) throw new UserError({ code: 'usage', file: state.get(path)!.file.shown, message: e.payment(p.ref, r.reason) });
    update(path, r.text);
  }

  const changes: Change[] = [];
  for (const [path, s] of state) {
    const before = files.find((f) => f.path === path);
    if (before && before.src.text === s.text) continue;
    changes.push({ path, shown: s.file.shown, text: s.text, bom: s.file.bom, raw: before ? before.raw : null });
  }
  return { result, changes, lockPaths, read: files.map((f) => ({ path: f.path, raw: f.raw })) };
}

function jsonSummary(results: ClientResult[], unmatched: RowIssue[], ambiguous: RowIssue[], errors: Problem[], ctx: Context, dryRun: boolean) {
  return {
    schema: 'clientfit/import@1',
    dryRun,
    clients: results.map((r) => ({
      id: r.id,
      name: r.name,
      file: r.file,
      added: r.added,
      updated: r.updated,
      unchanged: r.unchanged,
      hours: r.hours,
      invoiced: r.invoiced,
      currency: r.currency,
    })),
    unmatched: unmatched.map(({ file, line, client }) => ({ file, line, client })),
    ambiguous: ambiguous.map(({ file, line, client, matches }) => ({ file, line, client, matches })),
    errors: errors.map((p) => ({ file: p.file ?? null, line: p.line ?? null, message: ctx.word(p.message) })),
  };
}

function textSummary(results: ClientResult[], unmatched: RowIssue[], ambiguous: RowIssue[], ctx: Context, dryRun: boolean): string {
  const s = ctx.m.importer.summary;
  const lines: string[] = [];
  if (!results.length && !unmatched.length && !ambiguous.length) lines.push(s.nothing);
  for (const r of results) {
    const parts = [s.counts(r.added, r.updated, r.unchanged)];
    if (r.hours) parts.push(s.hours(num(r.hours, ctx.t)));
    if (r.invoiced) parts.push(s.invoiced(money(r.invoiced, r.currency, ctx.t)));
    lines.push(`${safe(s.client(r.name, r.file))}: ${parts.join(' · ')}`);
    if (r.newLog) lines.push(`  ${safe(s.newLog(r.file, r.profile))}`);
    if (r.paidUnknown) lines.push(`  ${s.paidUnknown(r.paidUnknown)}`);
    for (const u of r.undated) lines.push(`  ${safe(s.undated(u.ref, money(u.amount, r.currency, ctx.t)))}`);
  }
  if (unmatched.length) {
    lines.push('', s.unmatchedTitle(unmatched.length));
    for (const u of unmatched) lines.push(`  ${safe(s.unmatched(`${u.file}:${u.line}`, u.client || s.noClient))}`);
    lines.push(`  ${s.unmatchedHint}`);
  }
  if (ambiguous.length) {
    lines.push('', s.ambiguousTitle(ambiguous.length));
    for (const a of ambiguous) lines.push(`  ${safe(s.ambiguous(`${a.file}:${a.line}`, a.client, (a.matches ?? []).join(', ')))}`);
  }
  if (dryRun) lines.push('', s.dryRun);
  return `${lines.join('\n')}\n`;
}

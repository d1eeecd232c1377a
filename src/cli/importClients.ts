/**
 * Writing an import, whatever it read (CSV exports or mail): per client, plan the events
 * against what its files hold (core/import/plan.ts), compute every file's new text through
 * the same edits as `log` and `paid`, and — unless it is a dry run — plan again under the
 * lock of every file it changes and write them atomically. One home for both importers.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { UserError } from '../core/errors.js';
import type { Client } from '../core/client.js';
import { addLogsEntry } from '../core/edit/addLogsEntry.js';
import { appendEvents } from '../core/edit/appendEvent.js';
import { invoicesWithRef, recordPayment } from '../core/edit/recordPayment.js';
import { setEventField } from '../core/edit/setEventField.js';
import { M } from '../core/i18n/msg.js';
import type { ImportGroup } from '../core/import/group.js';
import { planClient, type ClientPlan } from '../core/import/plan.js';
import type { ClientEvent } from '../core/schema/event.js';
import { parseYaml, type YamlSource } from '../core/yamlSource.js';
import { loadClient } from '../io/loadClient.js';
import { resolveLogs } from '../io/clientLogs.js';
import { clientFilesForEdit, type EditableFile } from '../io/logTarget.js';
import { readBytes } from '../io/readText.js';
import { lockedOrExplain, writeOrExplain } from './writeErrors.js';

/** One client's part of the import, as the summary tells it. */
export interface ClientResult {
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
  /** Messages from this client in the mail read (mail import). */
  messages: number;
}

/** A file's new text, and what it held when read (null: it is created). */
interface Change {
  path: string;
  shown: string;
  text: string;
  bom: string;
  raw: Buffer | null;
}

const eventsIn = (src: YamlSource): ClientEvent[] => {
  const list = (src.data as { events?: unknown } | null)?.events;
  return Array.isArray(list) ? (list.filter((x) => x && typeof x === 'object') as ClientEvent[]) : [];
};

/**
 * One client: plan against its files, and unless this is a dry run, do it again under the
 * lock of every file it may change (another run may have written since), then write.
 */
export async function importClient(client: Client, groups: ImportGroup[], dryRun: boolean): Promise<ClientResult> {
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
    messages: groups.filter((g) => g.type === 'message').length,
  };
  if (!plan.add.length && !plan.fields.length && !plan.payments.length) return { result, changes: [], lockPaths: [], read: [] };

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

  for (const f of plan.fields) {
    for (const [path, s] of state) {
      const src = srcOf(path);
      const index = eventsIn(src).findIndex((ev) => ev.source === f.source);
      if (index < 0) continue;
      const text = setEventField(src, index, f.key, f.value);
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


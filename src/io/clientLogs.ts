import { statSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import type { Node } from 'yaml';
import type { Msg, Problem } from '../core/errors.js';
import { M } from '../core/i18n/msg.js';
import type { LinkedLog } from '../core/lint/types.js';
import { placeAt, type YamlSource } from '../core/yamlSource.js';
import { notRegularMessage, STDIN_NAME } from './readText.js';
import { insideWorkspace, shownPath, workspaceOf } from './settingsFile.js';

/** One entry of a profile's `logs:`, resolved. */
export interface LogFile {
  /** Its position under `logs:`, to point at it. */
  index: number;
  /** As written in the profile. */
  ref: string;
  /** Where it is read: relative to the profile's folder (the current folder for stdin). */
  path: string;
  /** As messages name it: relative to the current folder, or as written when absolute. */
  shown: string;
  /**
   * Why it must not be read; the profile's `logs:` entry is where that is reported.
   * `outside`: it resolves (symbolic links followed) outside the client's workspace;
   * `not-regular`: it is a FIFO, device, socket or folder (`/dev/stdin`), never opened.
   */
  refused?: 'missing' | 'outside' | 'not-regular';
  /** What it is instead of a regular file (with `refused: 'not-regular'`). */
  notRegular?: Msg;
  /** The workspace folder it had to be in, as messages name it (with `refused: 'outside'`). */
  workspace?: string;
  /**
   * The index of an earlier entry naming the same file (another spelling, a link to it),
   * or SELF when it names the profile itself: the file is read and counted once, under
   * that entry (or as the profile), and lint warns (duplicate-log).
   */
  sameAs?: number;
}

/** `sameAs` of a `logs:` entry that names the client profile itself. */
export const SELF = -1;

/** What is at `path` (links followed): its stat, `missing`, or null when the system would not say (left to the reader). */
function look(path: string): Stats | 'missing' | null {
  try {
    return statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : null;
  }
}

/** A file's identity: the same device and inode is the same file, whatever the path. */
const identity = (st: Stats) => `${st.dev}:${st.ino}`;

/**
 * The `logs:` entries of the profile at `profileFile` (a path, `-` or `<stdin>`) as files:
 * every command that reads a client's logs, or must not write over them, goes through here,
 * so a rule about which log paths may be read is added here, once. Nothing is opened here;
 * an entry is refused (`refused`) when it is
 * - `not-regular`: a FIFO, device, socket or folder (`/dev/stdin`), wherever it is;
 * - `outside`: not inside the client's workspace, symbolic links followed (workspaceOf: the
 *   folder of the nearest trusted `.clientfit.yaml`, else the profile's own folder) — said
 *   the same whether the file exists or not;
 * - `missing`.
 * An entry naming a file an earlier entry (or the profile itself) already names is marked
 * `sameAs`: read and counted once. Entries that are not non-empty strings are skipped (lint
 * sees unvalidated data; the schema reports them).
 */
export function resolveLogs(profileFile: string, refs: readonly unknown[] | undefined): LogFile[] {
  const list = (refs ?? []).filter((ref): ref is string => typeof ref === 'string' && ref !== '');
  if (!list.length) return [];
  const stdin = profileFile === '-' || profileFile === STDIN_NAME;
  const base = stdin ? '.' : dirname(profileFile);
  const ws = workspaceOf(profileFile);
  const seen = new Map<string, number>();
  // The profile's own events are already counted: a `logs:` entry naming it adds nothing.
  const self = stdin ? null : look(profileFile);
  if (self && self !== 'missing') seen.set(identity(self), SELF);
  const out: LogFile[] = [];
  (refs ?? []).forEach((ref, index) => {
    if (typeof ref !== 'string' || !ref) return;
    const path = isAbsolute(ref) ? ref : join(base, ref);
    const shown = isAbsolute(ref) ? ref : relative('.', path) || path;
    const log: LogFile = { index, ref, path, shown };
    const st = look(path);
    if (st && st !== 'missing' && !st.isFile()) log.refused = 'not-regular';
    else if (!insideWorkspace(path, ws.roots)) log.refused = 'outside';
    else if (st === 'missing') log.refused = 'missing';
    if (log.refused === 'not-regular') log.notRegular = notRegularMessage(shown, st as Stats);
    if (log.refused === 'outside') log.workspace = shownPath(ws.dir);
    if (!log.refused && st) {
      const first = seen.get(identity(st as Stats));
      if (first === undefined) seen.set(identity(st as Stats), index);
      else log.sameAs = first;
    }
    out.push(log);
  });
  return out;
}

/**
 * Why `log` (refused by resolveLogs) cannot be read, pointing at its entry in the profile:
 * its parsed source, or only its file name when there is none at hand.
 */
export function refusedLogProblem(profile: YamlSource | string, log: LogFile): Problem {
  const where = typeof profile === 'string' ? { file: profile } : placeAt(profile, (profile.doc.getIn(['logs', log.index], true) as Node | undefined)?.range?.[0] ?? 0);
  if (log.refused === 'outside') {
    const ws = log.workspace ?? '.';
    return { code: 'outside', ...where, message: M.t.err.logOutside(log.shown, ws), expected: M.t.err.outsideExpected(ws) };
  }
  if (log.refused === 'not-regular') {
    return { code: 'unreadable', ...where, message: M.t.err.logNotRegular(log.shown, log.notRegular ?? M.t.err.notRegular(log.shown, M.t.err.fileKinds.other)), expected: M.t.err.notRegularExpected };
  }
  return { code: 'missing-log', ...where, message: M.t.err.missingLog(log.shown), expected: M.t.err.missingLogExpected };
}

/** The entries of `logs` that name a file already listed, as lint's cross-file rules take them (duplicate-log). */
export function duplicateLinks(logs: readonly LogFile[]): LinkedLog[] {
  return logs.flatMap((l): LinkedLog[] => (l.sameAs === undefined ? [] : [linkedDuplicate(logs, l)]));
}

/** A `logs:` entry marked `sameAs`, as lint's duplicate-log rule takes it. */
export function linkedDuplicate(logs: readonly LogFile[], l: LogFile & { sameAs?: number }): Extract<LinkedLog, { status: 'duplicate' }> {
  const first = l.sameAs === SELF ? null : logs.find((x) => x.index === l.sameAs);
  return { index: l.index, ref: l.ref, shown: l.shown, status: 'duplicate', first: first?.index ?? SELF, firstRef: first?.ref ?? '' };
}

import { UserError } from '../core/errors.js';
import { buildClient, validateLog } from '../core/client.js';
import { isLog } from '../core/fileKind.js';
import { parseYaml, type YamlSource } from '../core/yamlSource.js';
import { refusedLogProblem, resolveLogs } from './clientLogs.js';
import { decodeUtf8, readBytes } from './readText.js';

/** The file an event is added to, read exactly as it is on disk. */
export interface LogTarget {
  path: string;
  /** As shown in messages: relative to the current folder. */
  shown: string;
  kind: 'client' | 'log';
  src: YamlSource;
  /** The bytes read: the write goes ahead only if the file still holds them. */
  raw: Buffer;
  /** The byte order marks the reading dropped from the start (usually none or one), to write back. */
  bom: string;
  /** From the profile's contract, for an invoice's default due date. */
  paymentTermsDays?: number;
}

/** A client or log file read for editing: parsed in full, with the exact bytes it held. */
export type EditableFile = Omit<LogTarget, 'paymentTermsDays'>;

function read(path: string, shown: string, kind: 'client' | 'log'): EditableFile {
  const raw = readBytes(path);
  const r = parseYaml(decodeUtf8(raw, shown), shown, kind);
  if (!r.ok) throw new UserError(r.problems);
  // Decoding and parsing each drop a leading mark; the file keeps however many it had.
  let marks = 0;
  while (raw[marks * 3] === 0xef && raw[marks * 3 + 1] === 0xbb && raw[marks * 3 + 2] === 0xbf) marks++;
  const kept = /^\uFEFF*/.exec(r.src.text)![0].length;
  return { path, shown, kind, src: r.src, raw, bom: '\uFEFF'.repeat(Math.max(0, marks - kept)) };
}

/**
 * Where `clientfit log FILE` writes: FILE itself when it is a log; for a profile, the first
 * file under its `logs:` (relative to the profile), else the profile's own `events:`.
 * Both the profile and the target must be valid as they stand: a broken file is reported,
 * never edited.
 */
export function resolveLogTarget(file: string): LogTarget {
  const first = read(file, file, 'client');
  if (isLog(first.src.data)) {
    const r = validateLog(first.src);
    if (!r.ok) throw new UserError(r.problems);
    return { ...first, kind: 'log' };
  }
  const built = buildClient(first.src);
  if (!built.ok) throw new UserError(built.problems);
  const paymentTermsDays = built.value.client.profile.contract?.payment_terms_days;
  const [log] = resolveLogs(file, built.value.logs);
  if (!log) return { ...first, paymentTermsDays };
  if (log.refused) throw new UserError(refusedLogProblem(first.src, log));
  const target = read(log.path, log.shown, 'log');
  const r = validateLog(target.src);
  if (!r.ok) throw new UserError(r.problems);
  return { ...target, paymentTermsDays };
}

/**
 * Every file of a client, read for editing: the profile, then each of its `logs:` (for
 * `paid`, which changes whichever of them holds the invoice). Each must be valid as it stands.
 */
export function clientFilesForEdit(file: string): EditableFile[] {
  const profile = read(file, file, 'client');
  if (isLog(profile.src.data)) {
    const r = validateLog(profile.src);
    if (!r.ok) throw new UserError(r.problems);
    return [{ ...profile, kind: 'log' }];
  }
  const built = buildClient(profile.src);
  if (!built.ok) throw new UserError(built.problems);
  const out: EditableFile[] = [profile];
  for (const log of resolveLogs(file, built.value.logs)) {
    if (log.refused) throw new UserError(refusedLogProblem(profile.src, log));
    const f = read(log.path, log.shown, 'log');
    const r = validateLog(f.src);
    if (!r.ok) throw new UserError(r.problems);
    out.push(f);
  }
  return out;
}

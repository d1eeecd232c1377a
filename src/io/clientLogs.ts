import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import type { Node } from 'yaml';
import type { Problem } from '../core/errors.js';
import { M } from '../core/i18n/msg.js';
import { placeAt, type YamlSource } from '../core/yamlSource.js';
import { STDIN_NAME } from './readText.js';

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
  /** Why it must not be read; the profile's `logs:` entry is where that is reported. */
  refused?: 'missing';
}

function refusal(path: string): LogFile['refused'] {
  try {
    statSync(path);
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // Anything else (no permission) is left to the reader, which says what the system said.
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : undefined;
  }
}

/**
 * The `logs:` entries of the profile at `profileFile` (a path, `-` or `<stdin>`) as files:
 * every command that reads a client's logs, or must not write over them, goes through here,
 * so a rule about which log paths may be read is added here, once. Entries that are not
 * non-empty strings are skipped (lint sees unvalidated data; the schema reports them).
 */
export function resolveLogs(profileFile: string, refs: readonly unknown[] | undefined): LogFile[] {
  const base = profileFile === '-' || profileFile === STDIN_NAME ? '.' : dirname(profileFile);
  const out: LogFile[] = [];
  (refs ?? []).forEach((ref, index) => {
    if (typeof ref !== 'string' || !ref) return;
    const path = isAbsolute(ref) ? ref : join(base, ref);
    const shown = isAbsolute(ref) ? ref : relative('.', path) || path;
    const refused = refusal(path);
    out.push({ index, ref, path, shown, ...(refused ? { refused } : {}) });
  });
  return out;
}

/**
 * Why `log` (refused by resolveLogs) cannot be read, pointing at its entry in the profile:
 * its parsed source, or only its file name when there is none at hand.
 */
export function refusedLogProblem(profile: YamlSource | string, log: LogFile): Problem {
  const where = typeof profile === 'string' ? { file: profile } : placeAt(profile, (profile.doc.getIn(['logs', log.index], true) as Node | undefined)?.range?.[0] ?? 0);
  return { code: 'missing-log', ...where, message: M.t.err.missingLog(log.shown), expected: M.t.err.missingLogExpected };
}

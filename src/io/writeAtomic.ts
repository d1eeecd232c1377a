import { lstatSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

/** The part of write-file-atomic (CommonJS, no bundled types) used here. */
interface WriteFileAtomic {
  sync(file: string, data: string, options?: { encoding?: BufferEncoding }): void;
}

/**
 * Loaded at run time, not bundled: the bundled copy reads `__filename` to name its temp
 * files, and the ESM bundle has no `__filename` ("__filename is not defined"). A require
 * made by createRequire is left alone by esbuild and resolves from the installed package.
 */
const loadCjs = createRequire(import.meta.url);

/** Why a write was refused or failed; the command words the message in the user's language. */
export type WriteRefusal = 'exists' | 'is-dir' | 'no-dir' | 'failed';

export type WriteOutcome = { ok: true } | { ok: false; reason: WriteRefusal; detail?: string };

/**
 * Writes `text` to `path` atomically: a temp file beside it, fsync, then rename, so a
 * crash or a kill never leaves a half-written file (PITFALLS: writing files). An existing
 * file (or symlink) is only replaced with `overwrite`; a folder never is.
 */
export function writeAtomic(path: string, text: string, opts: { overwrite: boolean }): WriteOutcome {
  const existing = lstatOrNull(path);
  if (existing?.isDirectory()) return { ok: false, reason: 'is-dir' };
  if (existing && !opts.overwrite) return { ok: false, reason: 'exists' };
  const dir = statOrNull(dirname(resolve(path)));
  if (!dir?.isDirectory()) return { ok: false, reason: 'no-dir' };
  try {
    (loadCjs('write-file-atomic') as WriteFileAtomic).sync(path, text, { encoding: 'utf8' });
    return { ok: true };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, reason: 'failed', detail: err.code ?? err.message };
  }
}

function lstatOrNull(p: string) {
  try {
    return lstatSync(p);
  } catch {
    return null;
  }
}

function statOrNull(p: string) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

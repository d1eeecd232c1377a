import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Atomic writes for `init` and `log`: the new content goes to a temp file in the same
 * folder (same file system, so the rename is atomic), is fsynced, gets the old file's mode,
 * and replaces the target with one rename. A crash or SIGKILL at any moment leaves either
 * the old file or the new one, never a mix (PITFALLS: plain writeFile left 19–30% corrupt).
 *
 * Not write-file-atomic, although it is installed: its temp names (`acme.yaml.123456789`)
 * cannot be told apart from a user's own files, so the ones a SIGKILL leaves behind could
 * never be cleaned up safely; and it has no "create, but never replace" mode for `init`.
 */

/** `.acme.yaml.clientfit-<pid>-<8 hex>.tmp`: hidden, and recognisably ours. */
const TEMP = /^\.(.+)\.clientfit-(\d+)-[0-9a-f]{8}\.tmp$/;
/** A temp file this old is stale whoever wrote it: a write takes milliseconds. */
const STALE_MS = 60 * 60 * 1000;

export function tempNameFor(target: string, pid = process.pid): string {
  return join(dirname(target), `.${basename(target)}.clientfit-${pid}-${randomBytes(4).toString('hex')}.tmp`);
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temp files that earlier, killed runs left next to `target`: those whose process
 * is gone, or that are over an hour old. Best effort; returns how many it removed.
 */
export function cleanStaleTemps(target: string, now = Date.now()): number {
  const dir = dirname(target);
  const base = basename(target);
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || m[1] !== base) continue;
    const p = join(dir, name);
    try {
      if (!alive(Number(m[2])) || now - statSync(p).mtimeMs > STALE_MS) {
        unlinkSync(p);
        removed++;
      }
    } catch {
      /* gone already, or not ours to remove */
    }
  }
  return removed;
}

/** Why a safe write did not happen; the command turns it into a message for the user. */
export class SafeWriteError extends Error {
  constructor(
    readonly reason: 'exists' | 'changed' | 'io',
    readonly path: string,
    readonly code?: string,
  ) {
    super(`${reason}: ${path}${code ? ` (${code})` : ''}`);
    this.name = 'SafeWriteError';
  }
}

export interface SafeWriteOptions {
  /** Create only: fail with reason `exists` rather than replace a file (`init`). */
  exclusive?: boolean;
  /** The bytes the target must still hold right before the rename (`log` read it earlier). */
  expect?: Buffer;
}

function writeAll(fd: number, data: Buffer): void {
  for (let off = 0; off < data.length; ) off += writeSync(fd, data, off, data.length - off);
}

/** Makes the rename itself durable; not every file system lets a folder be opened. */
function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* best effort */
  }
}

/**
 * Writes `data` to `path` atomically (see the module comment). A symlink is followed, so
 * the link stays and its target is replaced. The target keeps its permission bits (and,
 * when run as root, its owner). Throws SafeWriteError; never leaves its temp file behind
 * unless the process is killed, and then the next write cleans it up.
 */
export function writeFileSafely(path: string, data: string | Buffer, opts: SafeWriteOptions = {}): void {
  let target = path;
  try {
    target = realpathSync(path);
  } catch {
    /* a new file */
  }
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  cleanStaleTemps(target);
  let old: Stats | undefined;
  try {
    old = statSync(target);
  } catch {
    /* a new file */
  }
  if (old && opts.exclusive) throw new SafeWriteError('exists', path);
  const tmp = tempNameFor(target);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', old ? old.mode & 0o777 : 0o666);
    writeAll(fd, bytes);
    if (old) {
      // open() applied the umask; the user's file had exactly these bits.
      if ((fstatSync(fd).mode & 0o7777) !== (old.mode & 0o7777)) fchmodSync(fd, old.mode & 0o7777);
      if (process.getuid?.() === 0 && (old.uid !== 0 || old.gid !== 0)) fchownSync(fd, old.uid, old.gid);
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (opts.expect && !sameBytes(target, opts.expect)) throw new SafeWriteError('changed', path);
    if (opts.exclusive) createOnly(tmp, target, path);
    else renameSync(tmp, target);
    syncDir(dirname(target));
  } catch (e) {
    if (e instanceof SafeWriteError) throw e;
    throw new SafeWriteError('io', path, (e as NodeJS.ErrnoException).code ?? String(e));
  } finally {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* renamed, as it should be */
    }
  }
}

function sameBytes(path: string, expected: Buffer): boolean {
  try {
    return readFileSync(path).equals(expected);
  } catch {
    return false;
  }
}

/**
 * link() fails if the name exists, so no file that appeared since the check is replaced.
 * File systems without hard links fall back to check-then-rename.
 */
function createOnly(tmp: string, target: string, shown: string): void {
  try {
    linkSync(tmp, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new SafeWriteError('exists', shown);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e;
    try {
      statSync(target);
      throw new SafeWriteError('exists', shown);
    } catch (e2) {
      if (e2 instanceof SafeWriteError) throw e2;
    }
    renameSync(tmp, target);
  }
}

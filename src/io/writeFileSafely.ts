import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  linkSync,
  lstatSync,
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
 * The one way clientfit writes a file (`init`, `log`, `exit --out`, the portfolio cache):
 * the new content goes to a temp file in the same folder (same file system, so the rename
 * is atomic), is fsynced, gets the old file's mode, and replaces the target with one
 * rename. A crash or SIGKILL at any moment leaves either the old file or the new one,
 * never a mix (PITFALLS: plain writeFile left 19–30% corrupt). Every write goes through
 * here, so a rule that must hold for all of them is added here, once.
 *
 * Not write-file-atomic: its temp names (`acme.yaml.123456789`) cannot be told apart from
 * a user's own files, so the ones a SIGKILL leaves behind could never be cleaned up
 * safely; and it has no "create, but never replace" mode for `init`.
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

/**
 * Why a safe write did not happen: the target `exists` (exclusive writes), `changed` since
 * it was read (`expect`), `is-dir`, its folder does not exist (`no-dir`), or the system
 * refused (`io`). `code` is the system's error code. The command words it for the user.
 */
export type SafeWriteReason = 'exists' | 'changed' | 'is-dir' | 'no-dir' | 'io';

export class SafeWriteError extends Error {
  constructor(
    readonly reason: SafeWriteReason,
    readonly path: string,
    readonly code?: string,
  ) {
    super(`${reason}: ${path}${code ? ` (${code})` : ''}`);
    this.name = 'SafeWriteError';
  }
}

export interface SafeWriteOptions {
  /** Create only: fail with reason `exists` rather than replace a file (`init`, `exit --out`). */
  exclusive?: boolean;
  /** The bytes the target must still hold right before the rename (`log` read it earlier). */
  expect?: Buffer;
  /** Permission bits the file must have, instead of the old file's (or the umask's for a new one). */
  mode?: number;
  /**
   * The content can be computed again (a cache entry): no fsync, and no search for stale
   * temps on every write. A crash may then lose the write, never leave a mix; the cache
   * verifies every entry it reads and prunes old temps itself.
   */
  disposable?: boolean;
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

function statOrNull(stat: () => Stats | undefined): Stats | undefined {
  try {
    return stat();
  } catch {
    return undefined;
  }
}

/** Where the write lands: a symlink is followed, so the link stays and its target is replaced. */
function targetOf(path: string, here: Stats | undefined): string {
  if (!here?.isSymbolicLink()) return path;
  try {
    return realpathSync(path);
  } catch {
    return path; // a dangling link: exclusive writes refuse it, others replace it
  }
}

/** Creates the temp file; with O_CREAT, ENOENT and ENOTDIR can only mean the folder is missing. */
function openTemp(tmp: string, mode: number, shown: string): number {
  try {
    return openSync(tmp, 'wx', mode);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new SafeWriteError('no-dir', shown, code);
    throw e;
  }
}

/**
 * Writes `data` to `path` atomically (see the module comment). The target keeps its
 * permission bits (and, when run as root, its owner) unless `mode` says otherwise. A folder
 * is never replaced. Throws SafeWriteError; never leaves its temp file behind unless the
 * process is killed, and then the next write cleans it up.
 */
export function writeFileSafely(path: string, data: string | Buffer, opts: SafeWriteOptions = {}): void {
  const here = statOrNull(() => lstatSync(path, { throwIfNoEntry: false }));
  if (here?.isDirectory()) throw new SafeWriteError('is-dir', path, 'EISDIR');
  const target = targetOf(path, here);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  if (!opts.disposable) cleanStaleTemps(target);
  if (here && opts.exclusive) throw new SafeWriteError('exists', path);
  const old = here && statOrNull(() => statSync(target));
  const mode = opts.mode ?? (old ? old.mode & 0o7777 : undefined);
  const tmp = tempNameFor(target);
  let fd: number | undefined;
  let placed = false;
  try {
    fd = openTemp(tmp, (mode ?? 0o666) & 0o777, path);
    writeAll(fd, bytes);
    // open() applied the umask; the file must have exactly these bits.
    if (mode !== undefined && (fstatSync(fd).mode & 0o7777) !== mode) fchmodSync(fd, mode);
    if (old && process.getuid?.() === 0 && (old.uid !== 0 || old.gid !== 0)) fchownSync(fd, old.uid, old.gid);
    if (!opts.disposable) fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (opts.expect && !sameBytes(target, opts.expect)) throw new SafeWriteError('changed', path);
    if (opts.exclusive) createOnly(tmp, target, path);
    else renameSync(tmp, target);
    placed = !opts.exclusive;
    if (!opts.disposable) syncDir(dirname(target));
  } catch (e) {
    if (e instanceof SafeWriteError) throw e;
    throw new SafeWriteError('io', path, (e as NodeJS.ErrnoException).code ?? String(e));
  } finally {
    if (fd !== undefined) closeSync(fd);
    // A rename leaves nothing behind; a hard link (exclusive) leaves the temp name to remove.
    if (!placed) {
      try {
        unlinkSync(tmp);
      } catch {
        /* never created, or renamed by createOnly's fallback */
      }
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

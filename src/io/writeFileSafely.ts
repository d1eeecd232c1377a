import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
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
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * The one way clientfit writes a file (`init`, `log`, `exit --out`, the portfolio cache):
 * the new content goes to a temp file in the same folder (same file system, so the rename
 * is atomic), is fsynced, gets the old file's mode, and replaces the target with one
 * rename. A crash or SIGKILL at any moment leaves either the old file or the new one,
 * never a mix (PITFALLS: plain writeFile left 19–30% corrupt). Every write goes through
 * here, so a rule that must hold for all of them is added here, once:
 *
 * - Never through a symlink (DESIGN "Safety with files and paths"): a target that is a
 *   symlink, dangling or not, is refused (`symlink`), never followed; rename() and link()
 *   replace or create the name itself and never follow one, so a link swapped in after the
 *   check is replaced, not written through. Folders above the target are the user's own
 *   choice when they named the path (macOS's /tmp and many home folders are symlinks), so
 *   they are not checked, except below `trustedDir`: the folders a `logs:` entry adds to
 *   the profile's folder are lstat'ed (one call each) and a symlink among them is refused.
 * - Only a regular file is replaced: never a folder, device, FIFO or socket
 *   (`exit --out /dev/null --overwrite` as root would otherwise rename over the device node).
 * - A read-only file (no write bit for its owner) is refused, not replaced, by its mode
 *   bits, so root is refused too; an ordinary user is also refused a file access(W_OK)
 *   denies, though renaming over it in a writable folder would succeed.
 * - A folder without the owner's write bit, or one access(W_OK) denies, is refused with
 *   `dir-not-writable` before any temp file is tried.
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
 * it was read (`expect`), `is-dir`, is a `symlink` (or a folder below `trustedDir` is one:
 * then `link` names it), is `not-regular` (a device, FIFO or socket), is `read-only` (no
 * owner write bit; `mode` says which bits it has), is `not-writable` for this user, its
 * folder does not exist or is a file (`no-dir`) or is not writable (`dir-not-writable`);
 * `folder` then names the folder at fault. Or the system refused (`io`). `code` is the system's error code. The command
 * words it for the user.
 */
export type SafeWriteReason = 'exists' | 'changed' | 'is-dir' | 'symlink' | 'not-regular' | 'read-only' | 'not-writable' | 'no-dir' | 'dir-not-writable' | 'io';

export class SafeWriteError extends Error {
  constructor(
    readonly reason: SafeWriteReason,
    readonly path: string,
    readonly code?: string,
    readonly detail: { link?: string; mode?: number; folder?: string; real?: string } = {},
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
  /**
   * The folder the user named (a profile's folder, when the target came from its `logs:`):
   * every folder between it and the target must not be a symlink. Without it, only the
   * target itself is checked.
   */
  trustedDir?: string;
  /** checkWritable only: the folder may not exist yet (`init` makes it); when it does, it must be writable. */
  folderMayBeMissing?: boolean;
}

/** Root passes every permission check, so for root only the mode bits can say "read-only". */
const isRoot = () => process.getuid?.() === 0;

function deniedWrite(path: string): boolean {
  if (isRoot()) return false;
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/** The first folder between `trusted` (excluded) and the target that is a symlink, if any. */
function symlinkBelow(path: string, trusted: string): string | undefined {
  const root = resolve(trusted);
  for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
    // Stop at the trusted folder or any folder above it: those the user named.
    if (dir === root || root.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return undefined;
    if (lstatSync(dir, { throwIfNoEntry: false })?.isSymbolicLink()) return shownPath(dir);
    if (dirname(dir) === dir) return undefined;
  }
}

/** An absolute path as the user would type it: relative when under the current folder. */
function shownPath(abs: string): string {
  const rel = relative('.', abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

/** The file a link leads to, as the user would type it; undefined when dangling or not a file. */
function realOf(link: string): string | undefined {
  try {
    const real = realpathSync(link);
    return statSync(real).isFile() ? shownPath(real) : undefined;
  } catch {
    return undefined;
  }
}

/** The nearest of `dir` and the folders above it that exists (as given, not resolved), with its stat. */
function nearestExisting(dir: string): [string, Stats | undefined] {
  let at = dir;
  for (;;) {
    const st = statOrNull(() => statSync(at, { throwIfNoEntry: false }));
    if (st || dirname(at) === at) return [at, st];
    at = dirname(at);
  }
}

/** The folder a file goes in must exist, be a folder, and be writable (by its mode bits too). */
function checkFolder(path: string): void {
  const dir = dirname(resolve(path));
  const st = statOrNull(() => statSync(dir, { throwIfNoEntry: false }));
  if (!st) throw new SafeWriteError('no-dir', path, 'ENOENT', { folder: dirname(path) });
  if (!st.isDirectory()) throw new SafeWriteError('no-dir', path, 'ENOTDIR', { folder: dirname(path) });
  if ((st.mode & 0o200) === 0 || deniedWrite(dir)) throw new SafeWriteError('dir-not-writable', path, 'EACCES', { folder: dirname(path), mode: st.mode & 0o7777 });
}

/**
 * The checks a write makes before it touches anything, on their own: a command calls this
 * before asking questions or taking a lock, so a refusal comes first, not last. Returns the
 * target's lstat (undefined when it does not exist yet). Throws SafeWriteError.
 */
export function checkWritable(path: string, opts: Pick<SafeWriteOptions, 'exclusive' | 'trustedDir' | 'folderMayBeMissing'> = {}): Stats | undefined {
  let here: Stats | undefined;
  try {
    here = lstatSync(path, { throwIfNoEntry: false });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // A file where a folder should be (`notes.txt/acme.yaml`).
    if (code === 'ENOTDIR') throw new SafeWriteError('no-dir', path, code, { folder: nearestExisting(dirname(path))[0] });
    throw e;
  }
  if (here?.isSymbolicLink()) throw new SafeWriteError('symlink', path, 'ELOOP', { link: path, real: realOf(path) });
  if (here?.isDirectory()) throw new SafeWriteError('is-dir', path, 'EISDIR');
  const link = opts.trustedDir === undefined ? undefined : symlinkBelow(path, opts.trustedDir);
  if (link) throw new SafeWriteError('symlink', path, 'ELOOP', { link });
  if (here && opts.exclusive) throw new SafeWriteError('exists', path);
  if (here && !here.isFile()) throw new SafeWriteError('not-regular', path);
  if (here && (here.mode & 0o200) === 0) throw new SafeWriteError('read-only', path, 'EACCES', { mode: here.mode & 0o7777 });
  if (here && deniedWrite(path)) throw new SafeWriteError('not-writable', path, 'EACCES', { mode: here.mode & 0o7777 });
  if (opts.folderMayBeMissing && !here && !statOrNull(() => statSync(dirname(resolve(path)), { throwIfNoEntry: false }))) return here;
  checkFolder(path);
  return here;
}

/**
 * Creates the folder `path` goes in (`init`), with the same rules: the nearest folder that
 * exists must be a folder and writable, by its mode bits too. Throws SafeWriteError
 * (`no-dir` when a file is in the way or the system refuses, `dir-not-writable`).
 */
export function makeFolderFor(path: string): void {
  const dir = dirname(path);
  const [existing, st] = nearestExisting(dir);
  if (existing === dir && st?.isDirectory()) return;
  if (!st?.isDirectory()) throw new SafeWriteError('no-dir', path, 'ENOTDIR', { folder: existing });
  if ((st.mode & 0o200) === 0 || deniedWrite(existing)) throw new SafeWriteError('dir-not-writable', path, 'EACCES', { folder: existing, mode: st.mode & 0o7777 });
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    const reason = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'dir-not-writable' : 'no-dir';
    throw new SafeWriteError(reason, path, code, { folder: existing });
  }
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

/**
 * Creates the temp file; with O_CREAT, ENOENT and ENOTDIR can only mean the folder is
 * missing, and EACCES, EPERM or EROFS that it may not be written.
 */
function openTemp(tmp: string, mode: number, shown: string): number {
  try {
    return openSync(tmp, 'wx', mode);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new SafeWriteError('no-dir', shown, code, { folder: dirname(shown) });
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new SafeWriteError('dir-not-writable', shown, code, { folder: dirname(shown) });
    throw e;
  }
}

/**
 * Writes `data` to `path` atomically (see the module comment). The target keeps its
 * permission bits (and, when run as root, its owner) unless `mode` says otherwise. Only a
 * writable regular file is replaced, and never through a symlink (checkWritable). Throws
 * SafeWriteError; never leaves its temp file behind unless the process is killed, and then
 * the next write cleans it up.
 */
export function writeFileSafely(path: string, data: string | Buffer, opts: SafeWriteOptions = {}): void {
  let old: Stats | undefined;
  try {
    old = checkWritable(path, opts);
  } catch (e) {
    if (e instanceof SafeWriteError) throw e;
    throw new SafeWriteError('io', path, (e as NodeJS.ErrnoException).code ?? String(e));
  }
  const target = path; // never a link's target: checkWritable refused links
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  if (!opts.disposable) cleanStaleTemps(target);
  const mode = opts.mode ?? (old ? old.mode & 0o7777 : undefined);
  const tmp = tempNameFor(target);
  let fd: number | undefined;
  let placed = false;
  try {
    fd = openTemp(tmp, (mode ?? 0o666) & 0o777, path);
    writeAll(fd, bytes);
    // open() applied the umask; the file must have exactly these bits.
    if (mode !== undefined && (fstatSync(fd).mode & 0o7777) !== mode) fchmodSync(fd, mode);
    if (old && isRoot() && (old.uid !== 0 || old.gid !== 0)) fchownSync(fd, old.uid, old.gid);
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

/**
 * Which of `inputs` (paths this run read) the file at `target` is, if any: compared by real
 * path, so `./x/../acme.yaml` or a symlink to it is caught, and by device and inode, so a
 * hard link is caught too. A target that does not exist yet is none of them.
 */
export function sameFileAs(target: string, inputs: readonly string[]): string | undefined {
  const st = statOrNull(() => statSync(target, { throwIfNoEntry: false }));
  if (!st) return undefined;
  let real: string | undefined;
  try {
    real = realpathSync(target);
  } catch {
    real = undefined;
  }
  for (const input of inputs) {
    const other = statOrNull(() => statSync(input, { throwIfNoEntry: false }));
    if (!other) continue;
    if (other.dev === st.dev && other.ino === st.ino) return input;
    try {
      if (real !== undefined && realpathSync(input) === real) return input;
    } catch {
      /* gone since it was read */
    }
  }
  return undefined;
}

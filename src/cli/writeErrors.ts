import { UserError, type Msg } from '../core/errors.js';
import { M } from '../core/i18n/msg.js';
import { shellArg } from '../core/exit/shellArg.js';
import { FileLockedError, LockFailedError, withFileLock } from '../io/lock.js';
import { checkWritable, makeFolderFor, SafeWriteError, writeFileSafely, type SafeWriteOptions } from '../io/writeFileSafely.js';

/** Runs a write; a SafeWriteError becomes the command's own wording of it. */
function attempt<T>(write: () => T, explain: (err: SafeWriteError) => UserError): T {
  try {
    return write();
  } catch (err) {
    if (err instanceof SafeWriteError) throw explain(err);
    throw err;
  }
}

/** `0444`: permission bits as chmod and ls -l users know them. */
const modeText = (mode: number | undefined) => (mode === undefined ? '?' : `0${(mode & 0o777).toString(8).padStart(3, '0')}`);

const usage = (message: Msg, expected?: Msg) => new UserError({ code: 'usage', message, ...(expected ? { expected } : {}) });

/**
 * The refusals every write words alike (edit.write.*): a symlink at the target or on the
 * way to it, not a regular file, read-only, not this user's to write, a folder that is
 * missing, is a file, or may not be written. Null for the reasons each command words itself
 * (exists, changed, is-dir, io).
 */
function refusal(err: SafeWriteError): UserError | null {
  const w = M.edit.write;
  const { link, folder, mode, real } = err.detail;
  switch (err.reason) {
    case 'symlink':
      return link && link !== err.path ? usage(w.symlinkFolder(link, err.path), w.symlinkFolderExpected) : usage(w.symlink(err.path), w.symlinkExpected(real ?? ''));
    case 'not-regular':
      return usage(w.notRegular(err.path), w.notRegularExpected);
    case 'read-only':
      return usage(w.readOnly(err.path, modeText(mode)), w.readOnlyExpected(shellArg(err.path)));
    case 'not-writable':
      return usage(w.notWritable(err.path), w.notWritableExpected);
    case 'dir-not-writable':
      return usage(w.dirNotWritable(folder ?? '.'), w.dirNotWritableExpected(shellArg(folder ?? '.')));
    case 'no-dir':
      return err.code === 'ENOTDIR' ? usage(w.notDir(folder ?? err.path), w.notDirExpected) : usage(w.noDir(folder ?? '.'), w.noDirExpected);
    default:
      return null;
  }
}

/** Runs `fn` holding the lock on `path`; another run holding it past the wait, or a lock that cannot be made, is worded here. */
export async function lockedOrExplain<T>(path: string, fn: () => T | Promise<T>): Promise<T> {
  try {
    return await withFileLock(path, fn);
  } catch (err) {
    if (err instanceof FileLockedError) throw new UserError({ code: 'unreadable', message: M.edit.append.locked(path), expected: M.edit.append.lockedExpected });
    if (err instanceof LockFailedError) throw new UserError({ code: 'unreadable', message: M.edit.append.writeFailed(path, err.code) });
    throw err;
  }
}

/**
 * `log` and `paid`, before asking anything or taking the lock: would a write to `path` be
 * refused (symlink, read-only, folder not writable…)? Then say so now, with nothing touched.
 */
export function checkWritableOrExplain(path: string, opts: Pick<SafeWriteOptions, 'trustedDir' | 'folderMayBeMissing'> = {}): void {
  attempt(
    () => checkWritable(path, opts),
    (err) => refusal(err) ?? new UserError({ code: 'unreadable', message: M.edit.append.writeFailed(path, err.code ?? 'error') }),
  );
}

/** `init`: makes the folder a new profile goes in, or says why it cannot. */
export function makeFolderOrExplain(path: string): void {
  attempt(
    () => makeFolderFor(path),
    (err) => refusal(err) ?? new UserError({ code: 'unreadable', message: M.edit.append.writeFailed(path, err.code ?? 'error') }),
  );
}

/**
 * `init`, `log` and `paid`: a failure says the file was left as it was. A folder in the way
 * is worded by its system code (EISDIR): `init` makes the folder and `log` writes a file it
 * has just read, so only a race gets there.
 */
export function writeOrExplain(path: string, text: string, opts: SafeWriteOptions): void {
  attempt(
    () => writeFileSafely(path, text, opts),
    (err) => {
      const e = M.edit;
      if (err.reason === 'exists') return usage(e.init.exists(path), e.init.existsExpected);
      if (err.reason === 'changed') return new UserError({ code: 'unreadable', message: e.append.changed(path), expected: e.append.changedExpected });
      return refusal(err) ?? new UserError({ code: 'unreadable', message: e.append.writeFailed(path, err.code ?? 'error') });
    },
  );
}

/** `exit --out`: an existing file is replaced only with `overwrite`; a folder, a link or a read-only file never is. */
export function writeOutOrExplain(path: string, text: string, overwrite: boolean): void {
  attempt(
    () => writeFileSafely(path, text, { exclusive: !overwrite }),
    (err) => {
      const e = M.exit.err;
      if (err.reason === 'exists') return usage(e.outExists(path), e.outExistsExpected);
      if (err.reason === 'is-dir') return usage(e.outIsDir(path), e.outIsDirExpected);
      if (err.reason === 'no-dir' && err.code !== 'ENOTDIR') return usage(e.outNoDir(path), e.outNoDirExpected);
      return refusal(err) ?? usage(e.outFailed(path, err.code ?? '?'), e.outFailedExpected);
    },
  );
}

/** A report written to a file the user names (`calibrate --write`): an existing file is replaced only with `overwrite`. */
export function writeNewFileOrExplain(path: string, text: string, overwrite: boolean, words: { exists: Msg; existsExpected: Msg }): void {
  attempt(
    () => writeFileSafely(path, text, { exclusive: !overwrite }),
    (err) => {
      const e = M.exit.err;
      if (err.reason === 'exists') return usage(words.exists, words.existsExpected);
      if (err.reason === 'is-dir') return usage(e.outIsDir(path));
      if (err.reason === 'no-dir' && err.code !== 'ENOTDIR') return usage(e.outNoDir(path), e.outNoDirExpected);
      return refusal(err) ?? usage(e.outFailed(path, err.code ?? '?'), e.outFailedExpected);
    },
  );
}

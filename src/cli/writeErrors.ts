import { UserError, type Msg } from '../core/errors.js';
import { M } from '../core/i18n/msg.js';
import { FileLockedError, withFileLock } from '../io/lock.js';
import { SafeWriteError, writeFileSafely, type SafeWriteOptions, type SafeWriteReason } from '../io/writeFileSafely.js';

/** Runs a write; a SafeWriteError becomes the command's own wording of it. */
function attempt(write: () => void, explain: (err: SafeWriteError) => UserError): void {
  try {
    write();
  } catch (err) {
    if (err instanceof SafeWriteError) throw explain(err);
    throw err;
  }
}

/** Runs `fn` holding the lock on `path`; another run holding it past the wait is worded here. */
export async function lockedOrExplain<T>(path: string, fn: () => T | Promise<T>): Promise<T> {
  try {
    return await withFileLock(path, fn);
  } catch (err) {
    if (err instanceof FileLockedError) throw new UserError({ code: 'unreadable', message: M.edit.append.locked(path), expected: M.edit.append.lockedExpected });
    throw err;
  }
}

/**
 * `init` and `log`: a failure says the file was left as it was. A folder in the way or a
 * missing folder is worded by its system code (EISDIR, ENOENT): `init` makes the folder
 * and `log` writes a file it has just read, so only a race gets there.
 */
export function writeOrExplain(path: string, text: string, opts: SafeWriteOptions): void {
  attempt(
    () => writeFileSafely(path, text, opts),
    (err) => {
      const e = M.edit;
      if (err.reason === 'exists') return new UserError({ code: 'usage', message: e.init.exists(path), expected: e.init.existsExpected });
      if (err.reason === 'changed') return new UserError({ code: 'unreadable', message: e.append.changed(path), expected: e.append.changedExpected });
      return new UserError({ code: 'unreadable', message: e.append.writeFailed(path, err.code ?? 'error') });
    },
  );
}

/** `exit --out`: an existing file is replaced only with `force`; a folder never is. */
export function writeOutOrExplain(path: string, text: string, force: boolean): void {
  attempt(
    () => writeFileSafely(path, text, { exclusive: !force }),
    (err) => {
      const e = M.exit.err;
      const failed: [Msg, Msg] = [e.outFailed(path, err.code ?? '?'), e.outFailedExpected];
      const texts: Record<SafeWriteReason, [Msg, Msg]> = {
        exists: [e.outExists(path), e.outExistsExpected],
        'is-dir': [e.outIsDir(path), e.outIsDirExpected],
        'no-dir': [e.outNoDir(path), e.outNoDirExpected],
        changed: failed,
        io: failed,
      };
      const [message, expected] = texts[err.reason];
      return new UserError({ code: 'usage', message, expected });
    },
  );
}

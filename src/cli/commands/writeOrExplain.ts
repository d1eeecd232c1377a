import { UserError } from '../../core/errors.js';
import type { EditCatalog } from '../../core/i18n/index.js';
import { SafeWriteError, writeFileSafely, type SafeWriteOptions } from '../../io/writeFileSafely.js';

/** Writes atomically; a failure becomes a message that says the file was left as it was. */
export function writeOrExplain(path: string, text: string, opts: SafeWriteOptions, e: EditCatalog): void {
  try {
    writeFileSafely(path, text, opts);
  } catch (err) {
    if (!(err instanceof SafeWriteError)) throw err;
    if (err.reason === 'exists') throw new UserError({ code: 'usage', message: e.init.exists(path), expected: e.init.existsExpected });
    if (err.reason === 'changed') throw new UserError({ code: 'unreadable', message: e.append.changed(path), expected: e.append.changedExpected });
    throw new UserError({ code: 'unreadable', message: e.append.writeFailed(path, err.code ?? 'error') });
  }
}

import { basename, dirname, join } from 'node:path';
import { lock } from 'proper-lockfile';

/** How long a command waits for another clientfit run to finish with the same file. */
export const LOCK_WAIT_MS = 10_000;

/** Another run held the file for longer than LOCK_WAIT_MS; the command words it (nothing was written). */
export class FileLockedError extends Error {
  constructor(readonly path: string) {
    super(`locked: ${path}`);
    this.name = 'FileLockedError';
  }
}

/** The lock could not be made at all (the folder is not writable, a read-only file system): `code` says why. */
export class LockFailedError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super(`cannot lock ${path} (${code})`);
    this.name = 'LockFailedError';
  }
}

/**
 * A lock not refreshed for this long was left by a run that died (a holder refreshes it
 * every second). Well under LOCK_WAIT_MS, so a run that finds a lock its killed holder
 * left a moment ago still takes it over within its wait.
 */
export const LOCK_STALE_MS = 5_000;

/** `.acme.log.yaml.clientfit.lock`, beside the file: hidden, and recognisably ours. */
export const lockPathFor = (path: string) => join(dirname(path), `.${basename(path)}.clientfit.lock`);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `fn` holding an exclusive lock on `path` (proper-lockfile: an atomic mkdir, kept
 * fresh while held, taken over once stale when its holder died). Every command that changes
 * a user's file (log, paid, import) reads, edits and writes inside it, so twelve concurrent
 * `log` runs each see the previous one's event and none is lost. Waits up to 10 s, sleeping
 * between tries (never a busy loop), then throws FileLockedError; a lock that cannot be
 * made at all (EACCES, EROFS) is LockFailedError.
 *
 * Should a holder stall past LOCK_STALE_MS and lose its lock, nothing is lost either: its
 * write goes ahead only if the file still holds the bytes it read (writeFileSafely's
 * `expect`), so the loser is told "changed on disk" instead. That is why a compromised lock
 * is not an error here (proper-lockfile's default would throw from a timer).
 */
export async function withFileLock<T>(path: string, fn: () => T | Promise<T>, waitMs = LOCK_WAIT_MS): Promise<T> {
  const deadline = Date.now() + waitMs;
  let release: (() => Promise<void>) | undefined;
  for (let attempt = 0; !release; attempt++) {
    try {
      release = await lock(path, {
        lockfilePath: lockPathFor(path),
        realpath: false,
        stale: LOCK_STALE_MS,
        update: 1_000,
        retries: 0,
        onCompromised: () => undefined,
      });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ELOCKED') throw new LockFailedError(path, code ?? String(e));
      if (Date.now() >= deadline) throw new FileLockedError(path);
      // Jittered, growing waits: concurrent runs do not retry in lockstep.
      await sleep(Math.min(200, 20 + attempt * 10) * (0.5 + Math.random()));
    }
  }
  try {
    return await fn();
  } finally {
    await release().catch(() => undefined);
  }
}

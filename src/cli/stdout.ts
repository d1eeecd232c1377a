/**
 * The one writer of standard output. A write to a pipe or a full disk fails later than
 * `write()` returns (the error comes as an event, or to the callback), so a command that
 * only called process.stdout.write would end with exit 0 though its report was lost. Here
 * the first error is kept; `writeOut` resolves once its text is flushed (or failed), and
 * `stdoutFailure` tells run() what went wrong, so the exit code can say it: a closed pipe
 * (EPIPE, `| head -1`) ends quietly with the code so far, anything else (ENOSPC, EIO) is a
 * one-line message and exit 2. Imports nothing, so `--version` can use it too.
 */

let failure: NodeJS.ErrnoException | undefined;

const keep = (e: NodeJS.ErrnoException) => {
  failure ??= e;
};
/** Standard error has nowhere to report its own failures: they are dropped, never thrown. */
const ignore = () => undefined;

/** Once per process (run() may be called many times in one: tests, the fuzz corpus). */
export function watchOutput(): void {
  failure = undefined;
  if (!process.stdout.listeners('error').includes(keep)) process.stdout.on('error', keep);
}

/** Whether standard error was asked for (errStream), so there may be a write to wait for. */
let errMade = false;

/**
 * Standard error, with the listener that drops its own failures. Only a run that writes to
 * it (or must know whether it is a terminal) asks for it: Node sets process.stderr up on
 * first use, and on a pipe or a terminal that loads `net` and costs ~8 ms, which a run with
 * nothing to say there (a clean `lint` in CI) never pays.
 */
export function errStream(): NodeJS.WriteStream {
  errMade = true;
  const s = process.stderr;
  if (!s.listeners('error').includes(ignore)) s.on('error', ignore);
  return s;
}

/** Writes `text` to standard error: the one writer (its failures are dropped, never thrown). */
export function writeErr(text: string): void {
  errStream().write(text);
}

/**
 * Resolves once everything written to standard error has been handed to the system (at once
 * when nothing was): on a pipe, Node may still hold a write when the run is over.
 */
export function stderrFlushed(): Promise<void> {
  if (!errMade) return Promise.resolve();
  return new Promise((done) => {
    try {
      process.stderr.write('', () => done());
    } catch {
      done();
    }
  });
}

/** Writes `text` to standard output; resolves when it has been handed to the system, or failed (never rejects). */
export function writeOut(text: string): Promise<void> {
  return new Promise((done) => {
    try {
      process.stdout.write(text, (e) => {
        if (e) keep(e);
        done();
      });
    } catch (e) {
      keep(e as NodeJS.ErrnoException);
      done();
    }
  });
}

/**
 * Waits until everything written to standard output so far has been flushed, then returns
 * the first error any of it met (undefined when all of it arrived). Covers commands that
 * write with process.stdout.write directly, too.
 */
export async function stdoutFailure(): Promise<NodeJS.ErrnoException | undefined> {
  if (!failure && !process.stdout.destroyed) await writeOut('');
  return failure;
}

/** `ENOSPC: no space left on device`: the system's words, without Node's `, write` tail. */
export function describeFailure(e: NodeJS.ErrnoException): string {
  return (e.message || e.code || String(e)).replace(/, write$/, '');
}

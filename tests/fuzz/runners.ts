/**
 * Two ways to run the CLI for the fuzz corpus. In-process through `run(argv)` (no process
 * start-up, ~100× cheaper, so it carries the bulk of the cases) and as the built binary
 * (proves the real process: exit codes, no stack trace, killed on a hang).
 */
import { spawn } from 'node:child_process';
import { BIN } from '../e2e/harness.js';
import type { Outcome } from './check.js';

type Write = typeof process.stdout.write;

/** Calls `write`'s callback, if it was given one, as a stream would. */
function capture(into: string[]): Write {
  return ((chunk: string | Uint8Array, enc?: unknown, cb?: unknown) => {
    into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const done = typeof enc === 'function' ? enc : cb;
    if (typeof done === 'function') (done as () => void)();
    return true;
  }) as Write;
}

class ExitCalled extends Error {
  constructor(readonly code: number | undefined) {
    super(`process.exit(${code}) called`);
  }
}

let runFn: ((argv: string[]) => Promise<number>) | undefined;

/**
 * Runs `clientfit ARGV` inside this process, with stdout and stderr captured. An exception
 * or rejection from run() is recorded as `crash` (run() promises never to throw). Colour
 * is off because the caller sets NO_COLOR and the streams are not terminals.
 */
export async function runInProcess(argv: string[]): Promise<Outcome> {
  runFn ??= (await import('../../src/cli/program.js')).run;
  const out: string[] = [];
  const err: string[] = [];
  const saved = { out: process.stdout.write, err: process.stderr.write, exit: process.exit };
  // run() adds an EPIPE listener to stdout on every call; drop ours afterwards so thousands
  // of calls do not trip MaxListenersExceededWarning.
  const listeners = new Set(process.stdout.listeners('error'));
  process.stdout.write = capture(out);
  process.stderr.write = capture(err);
  process.exit = ((code?: number) => {
    throw new ExitCalled(code);
  }) as typeof process.exit;
  const start = performance.now();
  let code: number | null = null;
  let crash: string | undefined;
  try {
    code = await runFn(argv);
  } catch (e) {
    if (e instanceof ExitCalled) code = e.code ?? 0;
    else crash = (e as Error)?.stack ?? String(e);
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    process.exit = saved.exit;
    for (const l of process.stdout.listeners('error')) if (!listeners.has(l)) process.stdout.removeListener('error', l as (...a: unknown[]) => void);
  }
  return { code, stdout: out.join(''), stderr: err.join(''), ms: Math.round(performance.now() - start), crash };
}

/**
 * Runs the built CLI (bin/clientfit.js) as a user would: a real process, no TTY, colour and
 * locale scrubbed like tests/e2e/harness.ts's runCli, but asynchronous so two can run at
 * once, killed after `timeoutMs` (a hang then shows as `timedOut`), with a capped heap.
 */
export function runSpawned(argv: string[], opts: { cwd: string; home: string; timeoutMs: number; input?: Buffer }): Promise<Outcome> {
  // A 1 GiB heap: no fuzz input is over 17 MB, so a run that needs more is a memory bomb
  // (it then dies with exit 134 and V8's own trace, which the oracle reports).
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, LANG: 'C', LC_ALL: undefined, LC_MESSAGES: undefined, HOME: opts.home, XDG_CACHE_HOME: undefined, NODE_OPTIONS: '--max-old-space-size=1024' };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, [BIN, ...argv], { cwd: opts.cwd, env: env as NodeJS.ProcessEnv, stdio: [opts.input ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    if (opts.input && child.stdin) {
      // A command that stops reading early (a file refused as too large) closes the pipe.
      child.stdin.on('error', () => {});
      child.stdin.end(opts.input);
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs);
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => err.push(b));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: Math.round(performance.now() - start), timedOut });
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: null, stdout: '', stderr: '', ms: Math.round(performance.now() - start), crash: `spawn failed: ${e.message}` });
    });
  });
}

/** Runs `tasks` with at most `limit` in flight, keeping their order in the result. */
export async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

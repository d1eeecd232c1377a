import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeTempDir } from '../support/tempDirs.js';

/** Repository root and the built CLI (npm test builds it first). */
export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'clientfit.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Current folder of the run (default: the repository root); HOME points there too. */
  cwd?: string;
  /** What is piped into standard input (default: nothing, an empty pipe). */
  input?: string | Buffer;
  /** Variables to set (a string) or remove (undefined) on top of the scrubbed environment. */
  env?: Record<string, string | undefined>;
  /**
   * Milliseconds before a spawned process is killed (spawnCli only; default 15 s). runCli
   * ignores it: a synchronous loop in src/ cannot be interrupted inside this process, so
   * a case whose point is "ends within a bound" or "never hangs" uses spawnCli.
   */
  timeout?: number;
}

/**
 * The environment a run sees: the test process's own, with colour and locale settings
 * scrubbed (a developer's FORCE_COLOR or LANG=es must not change results), HOME at the
 * run's folder (no ~/.clientfit.yaml of the developer's), then `opts.env`.
 */
function scrubbedEnv(opts: CliOptions): Record<string, string | undefined> {
  return { NO_COLOR: undefined, FORCE_COLOR: undefined, LANG: 'C', LC_ALL: undefined, LC_MESSAGES: undefined, HOME: opts.cwd ?? tmpdir(), XDG_CACHE_HOME: undefined, ...opts.env };
}

/**
 * Runs the built CLI as a user would: a real process, real files, no TTY. For what only a
 * real process shows (start-up, `--version` before any import, exit status of the binary,
 * real standard input, NODE_OPTIONS, kill-on-timeout, the precompiled rubric in dist/).
 */
/** The environment of a spawned run: this process's, scrubbed as scrubbedEnv says, unset variables removed. */
export function processEnv(opts: Pick<CliOptions, 'cwd' | 'env'>, home?: string): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = { ...process.env, ...scrubbedEnv({ ...opts, env: { ...(home ? { HOME: home } : {}), ...opts.env } }) };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return env as NodeJS.ProcessEnv;
}

export function spawnCli(args: string[], opts: CliOptions = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    env: processEnv(opts),
    encoding: 'utf8',
    timeout: opts.timeout ?? 15000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Write = typeof process.stdout.write;

/** A stream `write` that keeps the bytes and calls the callback, if given one, as a stream would. */
function capture(into: Buffer[], encodingOf: (enc: unknown) => BufferEncoding): Write {
  return ((chunk: string | Uint8Array, enc?: unknown, cb?: unknown) => {
    into.push(typeof chunk === 'string' ? Buffer.from(chunk, encodingOf(enc)) : Buffer.from(chunk));
    const done = typeof enc === 'function' ? enc : cb;
    if (typeof done === 'function') (done as () => void)();
    return true;
  }) as Write;
}

/** process.exit() inside run() (nothing in it calls exit today; kept as a guard): ends the run with that code. */
class ExitCalled extends Error {
  constructor(readonly exitCode: number | undefined) {
    super(`process.exit(${exitCode}) called`);
  }
}

/** Makes `stream.isTTY` read false until the returned function puts the old value back. */
function notATerminal(stream: object): () => void {
  const own = Object.getOwnPropertyDescriptor(stream, 'isTTY');
  Object.defineProperty(stream, 'isTTY', { value: false, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(stream, 'isTTY', own);
    else delete (stream as { isTTY?: boolean }).isTTY;
  };
}

/** In-process runs share process-wide state (streams, env, cwd): one at a time. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `clientfit ARGS` inside this test process through run(argv) from src/cli/program.ts
 * (what src/cli/main.ts calls), ~100× cheaper than starting the built CLI. The result has
 * the same shape as spawnCli's, and the run sees what a spawned one would:
 * - stdout/stderr captured (process.stdout.write / process.stderr.write replaced) and
 *   neither they nor stdin are terminals (isTTY false);
 * - the same scrubbed environment (process.env is changed for the run, then restored);
 * - the given cwd (process.chdir, then back; the e2e project uses the `forks` pool,
 *   where chdir is allowed);
 * - standard input from `opts.input` (empty by default) through readText's test seam;
 * - an exception escaping run() becomes what Node prints for one: the stack on stderr, code 1.
 * Everything is restored even when the run throws. Calls are queued, never overlapped.
 *
 * Limits: `opts.timeout` is ignored (see CliOptions.timeout); module state persists across
 * runs of one test file (chalk, once loaded, stays loaded; wantsColor still decides per run
 * from the environment and isTTY); src/ runs from source, so dist/-only paths (the
 * precompiled rubric, portfolio's worker threads) are not taken; the `--version` shortcut
 * of main.ts is not used (commander answers it instead); NODE_OPTIONS in `env` has no effect.
 */
export function runCli(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  const next = queue.then(() => runInProcess(args, opts));
  queue = next.catch(() => {});
  return next;
}

let runFn: ((argv: string[]) => Promise<number>) | undefined;
let setStdin: ((bytes: Buffer | null) => void) | undefined;

async function runInProcess(args: string[], opts: CliOptions): Promise<CliResult> {
  runFn ??= (await import('../../src/cli/program.js')).run;
  setStdin ??= (await import('../../src/io/readText.js')).setStdinForTests;
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const encodingOf = (enc: unknown): BufferEncoding => (typeof enc === 'string' ? (enc as BufferEncoding) : 'utf8');
  const wanted = scrubbedEnv(opts);
  const savedEnv = new Map(Object.keys(wanted).map((k) => [k, process.env[k]]));
  const saved = { out: process.stdout.write, err: process.stderr.write, exit: process.exit, exitCode: process.exitCode, cwd: process.cwd() };
  // run() adds error listeners to stdout and stderr (src/cli/stdout.ts) once per module instance; drop them afterwards so many
  // runs do not trip MaxListenersExceededWarning.
  const listeners = new Set(process.stdout.listeners('error'));
  const ttys = [process.stdout, process.stderr, process.stdin].map(notATerminal);
  let code: number | null;
  try {
    for (const [k, v] of Object.entries(wanted)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    process.chdir(opts.cwd ?? ROOT);
    setStdin(opts.input === undefined ? Buffer.alloc(0) : Buffer.from(opts.input));
    process.stdout.write = capture(out, encodingOf);
    process.stderr.write = capture(err, encodingOf);
    process.exit = ((c?: number) => {
      throw new ExitCalled(c);
    }) as typeof process.exit;
    try {
      code = await runFn(args);
    } catch (e) {
      if (e instanceof ExitCalled) code = e.exitCode ?? 0;
      else {
        err.push(Buffer.from(`${(e as Error)?.stack ?? String(e)}\n`));
        code = 1;
      }
    }
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    process.exit = saved.exit;
    process.exitCode = saved.exitCode;
    setStdin(null);
    process.chdir(saved.cwd);
    for (const [k, v] of savedEnv) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    for (const restore of ttys) restore();
    for (const l of process.stdout.listeners('error')) if (!listeners.has(l)) process.stdout.removeListener('error', l as (...a: unknown[]) => void);
  }
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/**
 * A fresh temp folder, optionally with the shipped examples copied in (as `examples/`).
 * Removed after the test file (tests/support/tempDirs.ts).
 */
export function tempDir(withExamples = false): string {
  const dir = makeTempDir('clientfit-test-');
  if (withExamples) cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
  return dir;
}

/** Snapshot of every file's bytes under a folder, to prove a command changed nothing. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(p, readFileSync(p).toString('base64'));
    }
  };
  walk(dir);
  return out;
}

/** True when the text holds something that looks like a JavaScript stack trace. */
export const hasStackTrace = (s: string) => /\n\s+at .+(\(|:\d+:\d+)/.test(s) || /node:internal/.test(s);

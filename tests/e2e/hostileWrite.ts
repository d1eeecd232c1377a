/**
 * Helpers for the hostile write tests (hostile.write.test.ts and its slow companion):
 * a byte-and-mode snapshot of a folder that sees symlinks, FIFOs and hidden files as they
 * are, spawned runs with a chosen stdout, user or environment, concurrent `log` runs, and
 * a process that holds a file's lock the way clientfit does.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BIN, ROOT, processEnv, runCli, type CliResult } from './harness.js';
import { LOCK_STALE_MS, lockPathFor } from '../../src/io/lock.js';

/**
 * Every entry under `dir` by its relative path: a file as `mode:base64 bytes`, a symlink as
 * `-> target` (never followed), anything else by its kind (a FIFO is never opened); folders
 * are walked, not listed. Hidden entries (temp files, locks) are included.
 */
export function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = lstatSync(p);
      const key = relative(dir, p);
      const mode = (st.mode & 0o7777).toString(8);
      if (st.isSymbolicLink()) out.set(key, `-> ${readlinkSync(p)}`);
      else if (st.isDirectory()) walk(p);
      else if (st.isFile()) out.set(key, `${mode}:${readFileSync(p).toString('base64')}`);
      else out.set(key, st.isFIFO() ? 'fifo' : 'special');
    }
  };
  walk(dir);
  return out;
}

/** Permission bits of a file. */
export const stateOf = (path: string) => ({ mode: lstatSync(path).mode & 0o7777 });

export interface SpawnOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** A file descriptor for the child's standard output (such as /dev/full). */
  stdout?: number;
  uid?: number;
  gid?: number;
}

/** The environment spawned runs see: as the harness's, colour and locale scrubbed, HOME at the run's folder. */
function envFor(opts: SpawnOptions): NodeJS.ProcessEnv {
  return processEnv(opts, opts.cwd ?? ROOT);
}

/** The built CLI in a real process, with what spawnCli cannot set: stdout, user, a removed HOME. */
export function spawnCliWith(args: string[], opts: SpawnOptions = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: envFor(opts),
    stdio: ['ignore', opts.stdout ?? 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 30_000,
    ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.gid ?? opts.uid } : {}),
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** The CLI in a real process, not waited for. */
export function spawnCliAsync(args: string[], opts: SpawnOptions = {}): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: envFor(opts), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** `n` processes of `clientfit log FILE complaint --note "run i"`, all started at once. */
export function concurrentLogs(cwd: string, file: string, n: number): Promise<CliResult[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => spawnCliAsync(['log', file, 'complaint', '--date', '2026-11-24', '--note', `run ${i}`], { cwd })));
}

/**
 * A process that takes the lock on `target` exactly as clientfit does (proper-lockfile,
 * the same hidden lock folder, stale time and refresh), says so, and keeps it until killed.
 */
export function holdLock(target: string): Promise<ChildProcess> {
  const script = `
    const { lock } = require('proper-lockfile');
    lock(process.env.TARGET, { lockfilePath: process.env.LOCK, realpath: false, stale: ${LOCK_STALE_MS}, update: 1000, retries: 0, onCompromised() {} })
      .then(() => { process.stdout.write('locked\\n'); setInterval(() => {}, 1000); })
      .catch((e) => { process.stderr.write(String(e)); process.exit(3); });`;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, env: { ...process.env, TARGET: target, LOCK: lockPathFor(target) }, stdio: ['ignore', 'pipe', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`lock holder ended early (${code})`)));
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      if (s.includes('locked')) {
        child.removeAllListeners('exit');
        done(child);
      }
    });
  });
}

/** `clientfit lint FILE` (with its logs) finds nothing. */
export async function lintClean(file: string): Promise<boolean> {
  const r = await runCli(['lint', file]);
  return r.code === 0 && !/error|warning/.test(r.stdout);
}

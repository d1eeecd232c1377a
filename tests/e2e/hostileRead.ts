/**
 * Helpers for the hostile read tests (hostile.read.test.ts and its slow companion): a
 * byte-and-mode snapshot of a folder that never opens a FIFO, spawned runs with a chosen
 * environment, user or open-file limit, and generated event logs of any size.
 */
import { spawnSync } from 'node:child_process';
import { lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BIN, ROOT, processEnv, type CliResult } from './harness.js';

/**
 * Every entry under `dir` by its relative path: a file as `mode uid:gid base64`, a symlink
 * as `-> target` (never followed), anything else by its kind (a FIFO or socket is never
 * opened); folders by their mode and owner, then walked. Hidden entries included.
 */
export function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = lstatSync(p);
      const key = relative(dir, p);
      const who = `${(st.mode & 0o7777).toString(8)} ${st.uid}:${st.gid}`;
      if (st.isSymbolicLink()) out.set(key, `-> ${readlinkSync(p)}`);
      else if (st.isDirectory()) {
        out.set(`${key}/`, who);
        walk(p);
      } else if (st.isFile()) out.set(key, `${who} ${readFileSync(p).toString('base64')}`);
      else out.set(key, `${who} ${st.isFIFO() ? 'fifo' : st.isSocket() ? 'socket' : 'special'}`);
    }
  };
  walk(dir);
  return out;
}

export interface SpawnOptions {
  cwd?: string;
  /** Variables to set (a string) or remove (undefined) on top of the scrubbed environment. */
  env?: Record<string, string | undefined>;
  input?: string;
  /** 'ignore': standard input is /dev/null (a device) instead of a pipe. */
  stdin?: 'ignore';
  uid?: number;
  gid?: number;
  /** `ulimit -n N` for the run (through /bin/sh). */
  openFiles?: number;
  timeout?: number;
}

/**
 * The built CLI in a real process, as harness.spawnCli runs it (colour and locale scrubbed,
 * HOME at the run's folder), with a user, an open-file limit or HOME removed.
 */
export function spawnWith(args: string[], opts: SpawnOptions = {}): CliResult {
  const env = processEnv(opts, opts.cwd ?? ROOT);
  const [cmd, argv] =
    opts.openFiles === undefined
      ? [process.execPath, [BIN, ...args]]
      : ['/bin/sh', ['-c', `ulimit -n ${opts.openFiles} && exec "$0" "$@"`, process.execPath, BIN, ...args]];
  const r = spawnSync(cmd, argv, {
    cwd: opts.cwd ?? ROOT,
    env,
    ...(opts.stdin === 'ignore' ? { stdio: ['ignore', 'pipe', 'pipe'] as const } : { input: opts.input ?? '' }),
    encoding: 'utf8',
    timeout: opts.timeout ?? 15000,
    // A 130,000-event report or its warnings are far over spawnSync's 1 MiB default.
    maxBuffer: 1 << 30,
    ...(opts.uid === undefined ? {} : { uid: opts.uid, gid: opts.gid ?? opts.uid }),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Whether `/bin/sh` takes `ulimit -n` here. */
export function canLimitOpenFiles(): boolean {
  const r = spawnSync('/bin/sh', ['-c', 'ulimit -n 64 && echo ok'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() === 'ok';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO date `i` days after 2016-01-01 (UTC arithmetic, no time zone involved). */
export function dayAfter(i: number): string {
  const d = new Date(Date.UTC(2016, 0, 1) + i * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * An event log of `n` events, one short flow mapping per line, dated in order over ten
 * years: mostly one-word events (so 130,000 of them make about 3.5 MB), with an invoice
 * (paid late one time in four), a message and a block of work every tenth line.
 */
export function bigLog(n: number): string {
  const lines = ['events:'];
  const KINDS = ['complaint', 'praise', 'blame', 'urgent_request', 'praise', 'complaint', 'praise'];
  for (let i = 0; i < n; i++) {
    const d = dayAfter(Math.floor((i * 3650) / n));
    if (i % 10 === 0) lines.push(`- {date: ${d}, type: invoice, ref: F-${i}, amount: 120, due: ${d}${i % 40 ? `, paid: ${d}` : ''}}`);
    else if (i % 10 === 5) lines.push(`- {date: ${d}, type: work, hours: 3}`);
    else if (i % 10 === 7) lines.push(`- {date: ${d}, type: message}`);
    else lines.push(`- {date: ${d}, type: ${KINDS[i % KINDS.length]}}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A client profile that lists `logs`. */
export const profileWith = (logs: string[], name = 'Big Client') => `name: ${name}\ncontract: {rate: 40, currency: EUR}\nlogs: [${logs.join(', ')}]\n`;

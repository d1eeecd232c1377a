import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Repository root and the built CLI (npm test builds it first). */
export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'clientfit.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI as a user would: a real process, real files, no TTY.
 * The environment is scrubbed of colour and locale settings unless given.
 */
export function runCli(args: string[], opts: { cwd?: string; input?: string | Buffer; env?: Record<string, string | undefined>; timeout?: number } = {}): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, LANG: 'C', LC_ALL: undefined, LC_MESSAGES: undefined, HOME: opts.cwd ?? tmpdir(), XDG_CACHE_HOME: undefined, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: opts.timeout ?? 15000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temp folder, optionally with the shipped examples copied in (as `examples/`). */
export function tempDir(withExamples = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'clientfit-test-'));
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

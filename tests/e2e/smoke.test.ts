/**
 * Spawned smoke tests: the built CLI (bin/clientfit.js → dist/) as a real process, for what
 * the in-process runs (tests/e2e/harness.ts runCli) cannot show: main.ts's `--version`
 * shortcut, the binary's real exit status, real standard input (fd 0, a pipe) and colour
 * decided at start-up. Every other behaviour is tested in-process, where it is ~100× cheaper.
 *
 * The other spawned cases live beside what they test: interactive.test.ts (a pty),
 * killWrite.test.ts (SIGKILL mid-write), precompiledRubric.test.ts (dist/'s JSON rubric),
 * portfolio.test.ts (worker threads) and fuzzRegressions.test.ts (time and heap bounds).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, hasStackTrace, processEnv, runCli, spawnCli, tempDir } from './harness.js';

const AS_OF = ['--as-of', '2026-11-24'];
const ESC = '\u001b';

describe('spawned: the built CLI', () => {
  it('--version answers with the package version, before loading any command', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    for (const flag of ['--version', '-V']) {
      const r = spawnCli([flag]);
      expect(r).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });

  it('exits 0, 1 and 2 as a process, and reads a profile piped into `-`', () => {
    const dir = tempDir(true);
    const cwd = join(dir, 'examples');
    const piped = spawnCli(['score', '-', ...AS_OF, '--format', 'json'], { cwd, input: readFileSync(join(cwd, 'nordlicht.yaml')) });
    expect(piped.code, piped.stderr).toBe(0);
    expect(JSON.parse(piped.stdout)).toMatchObject({ fit: 100, verdict: 'keep' });
    // acme is an exit (fit 0): --fail-on review makes the process exit 1.
    expect(spawnCli(['score', 'acme.yaml', ...AS_OF, '--fail-on', 'review'], { cwd }).code).toBe(1);
    const missing = spawnCli(['score', 'nowhere.yaml', ...AS_OF], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.yaml');
    expect(hasStackTrace(missing.stderr)).toBe(false);
  });

  it('colours only with FORCE_COLOR, never on a plain pipe or with NO_COLOR', () => {
    const cwd = join(tempDir(true), 'examples');
    expect(spawnCli(['score', 'acme.yaml', ...AS_OF], { cwd }).stdout).not.toContain(ESC);
    expect(spawnCli(['score', 'acme.yaml', ...AS_OF], { cwd, env: { FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(spawnCli(['score', 'acme.yaml', ...AS_OF], { cwd, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain(ESC);
  });

  it('hands every byte to a reader that starts late before it exits (stdout and stderr far beyond a pipe buffer)', async () => {
    // main.ts ends the process as soon as the run is over: what is still queued for a full
    // pipe must get out first. 400 broken events: ~340 KB of problems on stderr from score,
    // ~180 KB of findings on stdout from lint; a pipe holds 64 KB, and its reader here
    // starts after 0.3 s (bash: the exit status through PIPESTATUS).
    const dir = tempDir();
    const file = join(dir, 'many.yaml');
    const events = Array.from({ length: 400 }, (_, i) => `  - {date: 2026-02-30, type: invoice, ref: F-${i}, amount: x, due: 2026-13-01}\n`);
    writeFileSync(file, `name: Many\nprofile: {}\ncontract: {rate: 60, currency: EUR}\nevents:\n${events.join('')}`);
    const late = '| { sleep 0.3; cat; }; exit ${PIPESTATUS[0]}';
    for (const [args, stream] of [[['score', 'many.yaml', ...AS_OF], 'stderr'], [['lint', 'many.yaml', ...AS_OF], 'stdout']] as const) {
      const expected = await runCli([...args], { cwd: dir });
      const redirect = stream === 'stderr' ? '2>&1 >/dev/null' : '2>/dev/null';
      const r = spawnSync('bash', ['-c', `"$0" "$1" ${args.join(' ')} ${redirect} ${late}`, process.execPath, BIN], { cwd: dir, env: processEnv({ cwd: dir }), encoding: 'utf8', timeout: 30_000 });
      expect(expected[stream].length).toBeGreaterThan(150_000);
      expect(r.stdout).toBe(expected[stream]);
      expect(r.status).toBe(expected.code);
    }
  });
});

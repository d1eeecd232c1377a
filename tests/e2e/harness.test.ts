// The in-process runner itself: a run must leave the test process as it found it, and runs
// must not see each other's output, folder or input.
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './harness.js';

describe('runCli (in-process)', () => {
  it('puts back the folder, the environment, the streams and the exit code after a run', async () => {
    const before = { cwd: process.cwd(), write: process.stdout.write, errWrite: process.stderr.write, exit: process.exit, exitCode: process.exitCode, lang: process.env.LANG, home: process.env.HOME };
    const dir = tempDir();
    const r = await runCli(['schema', 'bogus'], { cwd: dir, env: { CLIENTFIT_HARNESS_PROBE: 'x' } });
    expect(r.code).toBe(2);
    expect({ cwd: process.cwd(), write: process.stdout.write, errWrite: process.stderr.write, exit: process.exit, exitCode: process.exitCode, lang: process.env.LANG, home: process.env.HOME }).toEqual(before);
    expect(process.env.CLIENTFIT_HARNESS_PROBE).toBeUndefined();
  });

  it('runs in the given folder, with HOME there, and feeds `input` to standard input of that run only', async () => {
    const dir = tempDir(true);
    const r = await runCli(['lint', '-', 'examples/acme.yaml', '--format', 'json'], { cwd: dir, input: 'name: Piped Ltd\n' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('[]\n');
    // The next run had nothing piped in: `-` reads an empty input, which is not a client.
    const empty = await runCli(['score', '-', '--as-of', '2026-11-24'], { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('<stdin>');
  });

  it('queues runs started together, so their outputs never mix', async () => {
    const [a, b] = await Promise.all([runCli(['schema', 'client']), runCli(['schema', 'bogus'])]);
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    expect(JSON.parse(a.stdout).$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(b.code).toBe(2);
    expect(b.stdout).toBe('');
  });
});

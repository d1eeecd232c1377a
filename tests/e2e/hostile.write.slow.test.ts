/**
 * The heavy half of hostile.write.test.ts (`npm run test:slow`, also run by .ci/run):
 * twelve concurrent `clientfit log` processes on one client, a lock whose holder was killed
 * a moment ago (taken over within the wait, with no help), and a live holder that keeps the
 * lock past the wait.
 */
import { existsSync, lstatSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './harness.js';
import { concurrentLogs, holdLock, lintClean, spawnCliWith, tree } from './hostileWrite.js';
import { LOCK_WAIT_MS, lockPathFor } from '../../src/io/lock.js';

function examples() {
  const dir = tempDir(true);
  return { dir, cwd: join(dir, 'examples') };
}

describe('concurrency (slow)', () => {
  it('twelve concurrent `clientfit log` processes on one client: all exit 0, all twelve events land, it lints clean, no lock or temp file is left', async () => {
    const { dir, cwd } = examples();
    const log = readFileSync(join(cwd, 'acme.log.yaml'), 'utf8');
    const before = tree(dir);
    const results = await concurrentLogs(cwd, 'acme.yaml', 12);
    for (const r of results) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/^Added complaint of 2026-11-24 to acme\.log\.yaml:\d+\n$/);
    }
    const after = readFileSync(join(cwd, 'acme.log.yaml'), 'utf8');
    // Every line that was there is still there, byte for byte; twelve were added after them.
    expect(after.startsWith(log)).toBe(true);
    const added = after.slice(log.length).split('\n').filter(Boolean).sort();
    expect(added).toEqual(Array.from({ length: 12 }, (_, i) => `  - {date: 2026-11-24, type: complaint, note: run ${i}}`).sort());
    // Each run names a different line: none overwrote another's.
    expect(new Set(results.map((r) => r.stderr)).size).toBe(12);
    expect(await lintClean(join(cwd, 'acme.yaml'))).toBe(true);
    // Only the log changed.
    const now = tree(dir);
    expect([...now.keys()]).toEqual([...before.keys()]);
    expect([...now.keys()].filter((k) => now.get(k) !== before.get(k))).toEqual(['examples/acme.log.yaml']);
  }, 60_000);

  it('a lock whose holder was killed a moment ago is taken over within the wait, with no help', async () => {
    const { cwd } = examples();
    const target = join(cwd, 'acme.log.yaml');
    const holder = await holdLock(target);
    holder.kill('SIGKILL');
    await new Promise((r) => holder.once('exit', r));
    expect(lstatSync(lockPathFor(target)).isDirectory()).toBe(true);
    const log = readFileSync(target, 'utf8');
    const started = Date.now();
    const r = spawnCliWith(['log', 'acme.yaml', 'complaint', '--date', '2026-11-24'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(LOCK_WAIT_MS);
    expect(readFileSync(target, 'utf8')).toBe(`${log}  - {date: 2026-11-24, type: complaint}\n`);
    expect(existsSync(lockPathFor(target))).toBe(false);
  }, 30_000);

  it('a live holder that keeps the lock past the wait: exit 2, "did not finish within 10 seconds", the file unchanged', async () => {
    const { dir, cwd } = examples();
    const target = join(cwd, 'acme.log.yaml');
    const holder = await holdLock(target);
    try {
      const before = tree(dir);
      const r = spawnCliWith(['log', 'acme.yaml', 'complaint', '--date', '2026-11-24'], { cwd });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('error: another clientfit command is changing acme.log.yaml and did not finish within 10 seconds; nothing was written');
      expect(tree(dir)).toEqual(before);
    } finally {
      holder.kill('SIGTERM');
      await new Promise((r) => holder.once('exit', r));
    }
    // SIGTERM lets the holder release it (proper-lockfile's exit hook), as a clientfit run would.
    expect(readdirSync(cwd).filter((n) => n.endsWith('.clientfit.lock'))).toEqual([]);
  }, 40_000);
});

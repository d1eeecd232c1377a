// Heavy (~20 s): 50 processes killed mid-write of 4–6 MB files. Runs in `npm run test:slow`
// (CI), not in `npm test`; killWrite.test.ts keeps the `clientfit log` kill in the default suite.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSafely } from '../../src/io/writeFileSafely.js';
import { ROOT, tempDir } from './harness.js';
import { mulberry32 } from '../fuzz/prng.js';

/** Deterministic randomness, so a failing run can be replayed. */
const random = mulberry32;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const temps = (dir: string) => readdirSync(dir).filter((n) => /\.clientfit-\d+-[0-9a-f]{8}\.tmp$/.test(n));

describe('SIGKILL at random moments', () => {
  let writer: string;
  beforeAll(async () => {
    // The real module, bundled so each killed process starts in milliseconds, not via tsx.
    writer = join(tempDir(), 'writer.mjs');
    await build({
      stdin: {
        contents: `
          import { writeSync, readFileSync } from 'node:fs';
          import { writeFileSafely } from './src/io/writeFileSafely.ts';
          const [target, a, b] = process.argv.slice(2);
          const versions = [readFileSync(a), readFileSync(b)];
          writeSync(1, 'ready\\n');
          for (let i = 1; ; i++) writeFileSafely(target, versions[i % 2]);
        `,
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: writer,
      logLevel: 'warning',
    });
  });

  it('leaves the file either the old or the new version, never empty or partial (50 kills)', async () => {
    const dir = tempDir();
    const target = join(dir, 'big.log.yaml');
    // Two versions of different sizes (about 4 MB and 6 MB), so a torn write cannot pass for either.
    const line = (c: string, i: number) => `  - {date: 2026-01-01, type: work, hours: ${i % 9}, note: ${c.repeat(40)}}\n`;
    const A = Buffer.from('events:\n' + Array.from({ length: 50000 }, (_, i) => line('a', i)).join(''));
    const B = Buffer.from('events:\n' + Array.from({ length: 75000 }, (_, i) => line('b', i)).join(''));
    writeFileSync(join(dir, 'A'), A);
    writeFileSync(join(dir, 'B'), B);
    writeFileSync(target, A);
    const rand = random(20261124);
    let interrupted = 0;
    const seen = { A: 0, B: 0 };
    for (let k = 0; k < 50; k++) {
      const child = spawn(process.execPath, [writer, target, join(dir, 'A'), join(dir, 'B')], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((res) => child.stdout.once('data', () => res()));
      await sleep(Math.floor(rand() * 120));
      child.kill('SIGKILL');
      await new Promise((res) => child.once('close', res));
      const now = readFileSync(target);
      const which = now.equals(A) ? 'A' : now.equals(B) ? 'B' : null;
      expect(which, `kill ${k}: ${now.length} bytes, neither version`).not.toBeNull();
      seen[which!]++;
      if (temps(dir).length) interrupted++;
    }
    // The kills really landed mid-write (a temp file was left), and both versions occurred.
    expect(interrupted).toBeGreaterThan(5);
    expect(seen.A).toBeGreaterThan(0);
    expect(seen.B).toBeGreaterThan(0);
    // The next write cleans up what the killed processes left behind.
    writeFileSafely(target, A);
    expect(temps(dir)).toEqual([]);
  }, 120_000);
});

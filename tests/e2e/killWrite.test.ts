import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SafeWriteError, cleanStaleTemps, tempNameFor, writeFileSafely } from '../../src/io/writeFileSafely.js';
import { BIN, tempDir } from './harness.js';
import { mulberry32 } from '../fuzz/prng.js';

/** Deterministic randomness, so a failing run can be replayed. */
const random = mulberry32;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const temps = (dir: string) => readdirSync(dir).filter((n) => /\.clientfit-\d+-[0-9a-f]{8}\.tmp$/.test(n));

describe('writeFileSafely', () => {
  it('replaces the content and keeps the permission bits, whatever the umask', () => {
    const dir = tempDir();
    const f = join(dir, 'acme.yaml');
    writeFileSync(f, 'old\n');
    chmodSync(f, 0o640);
    writeFileSafely(f, 'new\n');
    expect(readFileSync(f, 'utf8')).toBe('new\n');
    expect(statSync(f).mode & 0o777).toBe(0o640);
    expect(temps(dir)).toEqual([]);
  });

  it('exclusive: creates a new file, never replaces one', () => {
    const dir = tempDir();
    const f = join(dir, 'new.yaml');
    writeFileSafely(f, 'a\n', { exclusive: true });
    expect(readFileSync(f, 'utf8')).toBe('a\n');
    expect(() => writeFileSafely(f, 'b\n', { exclusive: true })).toThrow(expect.objectContaining({ reason: 'exists' }));
    expect(readFileSync(f, 'utf8')).toBe('a\n');
    expect(temps(dir)).toEqual([]);
  });

  it('expect: refuses when the file changed since it was read', () => {
    const dir = tempDir();
    const f = join(dir, 'acme.yaml');
    writeFileSync(f, 'edited meanwhile\n');
    const err = (() => {
      try {
        writeFileSafely(f, 'ours\n', { expect: Buffer.from('as read\n') });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(SafeWriteError);
    expect((err as SafeWriteError).reason).toBe('changed');
    expect(readFileSync(f, 'utf8')).toBe('edited meanwhile\n');
    expect(temps(dir)).toEqual([]);
  });

  it('never writes through a symlink: the link and its target stay as they were', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'real.yaml'), 'old\n');
    symlinkSync('real.yaml', join(dir, 'link.yaml'));
    expect(() => writeFileSafely(join(dir, 'link.yaml'), 'new\n')).toThrow(expect.objectContaining({ reason: 'symlink' }));
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.yaml'))).toBe('real.yaml');
    expect(readFileSync(join(dir, 'real.yaml'), 'utf8')).toBe('old\n');
    expect(temps(dir)).toEqual([]);
  });

  it('cleans temp files left by dead processes, and only those', () => {
    const dir = tempDir();
    const f = join(dir, 't.yaml');
    writeFileSync(f, 'x\n');
    // A pid that is not running: spawnSync'd processes are gone when it returns.
    const dead = join(dir, '.t.yaml.clientfit-999999999-deadbeef.tmp');
    const mine = tempNameFor(f); // this process: alive
    const old = join(dir, `.t.yaml.clientfit-${process.pid}-0badc0de.tmp`);
    const other = join(dir, '.u.yaml.clientfit-999999999-deadbeef.tmp'); // another file's
    const user = join(dir, 't.yaml.20261124'); // the user's own backup
    for (const p of [dead, mine, old, other, user]) writeFileSync(p, 'partial');
    const hourAgo = (Date.now() - 2 * 3600 * 1000) / 1000;
    utimesSync(old, hourAgo, hourAgo);
    expect(cleanStaleTemps(f)).toBe(2);
    expect([dead, mine, old, other, user].map((p) => existsSync(p))).toEqual([false, true, false, true, true]);
  });
});

describe('SIGKILL at random moments (spawned)', () => {
  it('`clientfit log` killed at random moments: the log is the old one or has the new event, nothing else', async () => {
    const dir = tempDir();
    const log = join(dir, 'big.log.yaml');
    const before = 'events:\n' + Array.from({ length: 6000 }, (_, i) => `  - {date: 2026-01-01, type: work, hours: ${i % 9}, billable: true}\n`).join('');
    const after = before + '  - {date: 2026-11-24, type: complaint}\n';
    // Unkilled, the command does add the event (so a killed run that changes nothing proves something).
    writeFileSync(log, before);
    const ok = spawnSync(process.execPath, [BIN, 'log', log, 'complaint', '--date', '2026-11-24'], { env: { ...process.env, HOME: dir } });
    expect(ok.status).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe(after);
    const rand = random(8);
    const outcomes = { old: 0, new: 0 };
    for (let k = 0; k < 10; k++) {
      writeFileSync(log, before);
      const child = spawn(process.execPath, [BIN, 'log', log, 'complaint', '--date', '2026-11-24'], { stdio: 'ignore', env: { ...process.env, HOME: dir } });
      await sleep(40 + Math.floor(rand() * 600));
      child.kill('SIGKILL');
      await new Promise((res) => child.once('close', res));
      const now = readFileSync(log, 'utf8');
      expect([before, after]).toContain(now);
      outcomes[now === before ? 'old' : 'new']++;
    }
    expect(outcomes.old + outcomes.new).toBe(10);
  }, 60_000);
});

/**
 * Issue 16, the read side at full size (`npm run test:slow`): 130,000 events in one log
 * file score; `history` over 100,000 events and `lint` stay linear; 130,000 warnings do
 * not overflow anything; a big portfolio under `ulimit -n 30` adapts its worker threads.
 * Each runs the built CLI in a real process, with a time bound well above what it takes
 * here (a quadratic loop or a stack overflow would blow through it or end in an internal
 * error), and checks the bytes of the inputs afterwards.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './harness.js';
import { bigLog, canLimitOpenFiles, profileWith, spawnWith, tree } from './hostileRead.js';

function bigFolder(events: number) {
  const dir = tempDir();
  writeFileSync(join(dir, 'c.yaml'), profileWith(['c.log.yaml']));
  writeFileSync(join(dir, 'c.log.yaml'), bigLog(events));
  return dir;
}

/** Runs the CLI, timed. */
function timed(args: string[], cwd: string, opts: Parameters<typeof spawnWith>[1] = {}) {
  const t = performance.now();
  const r = spawnWith(args, { cwd, timeout: 180_000, ...opts });
  return { ...r, ms: performance.now() - t };
}

const healthy = (r: { code: number | null; stderr: string }) => {
  expect(r.stderr).not.toContain('Something went wrong');
  expect(r.stderr).not.toMatch(/RangeError|Maximum call stack/);
};

describe('130,000 events in a log file', () => {
  it('score works, every invoice counted once, in well under a minute', () => {
    const dir = bigFolder(130_000);
    const before = tree(dir);
    const r = timed(['score', 'c.yaml', '--as-of', '2026-03-01', '--format', 'json'], dir);
    healthy(r);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    // Invoices are every tenth event, 120 each: the window (2025-03-01, 2026-03-01] holds these.
    const dates = [...bigLog(130_000).matchAll(/^- \{date: (\S+), type: invoice,/gm)].map((m) => m[1]!);
    const inWindow = dates.filter((d) => d > '2025-03-01' && d <= '2026-03-01').length;
    expect(inWindow).toBeGreaterThan(1000);
    expect(report.value.revenue).toBe(inWindow * 120);
    expect(r.ms).toBeLessThan(60_000);
    expect(tree(dir)).toEqual(before);
  });

  it('130,000 warnings (every event after as-of): printed, no overflow', () => {
    const dir = bigFolder(130_000);
    const r = timed(['score', 'c.yaml', '--as-of', '2015-06-01'], dir);
    healthy(r);
    expect(r.code, r.stderr.slice(-2000)).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l.includes('[future-date]')).length).toBeGreaterThanOrEqual(130_000);
    expect(r.ms).toBeLessThan(90_000);
  });

  it('lint is linear: one parse of the log, even though its client names it', () => {
    const dir = bigFolder(130_000);
    const r = timed(['lint', '.', '--as-of', '2026-03-01', '--format', 'json'], dir);
    healthy(r);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.ms).toBeLessThan(90_000);
  });
});

describe('history over 100,000 events', () => {
  it('a point a month for ten years, in well under a minute (it took 125 s before)', () => {
    const dir = bigFolder(100_000);
    const r = timed(['history', 'c.yaml', '--as-of', '2026-01-01', '--from', '2016-01-01', '--every', '1m', '--format', 'csv'], dir);
    healthy(r);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1 + 121);
    expect(r.ms).toBeLessThan(60_000);
  });

  it('JSON explains every move (each changed criterion scored again on small copies), and the points add up', () => {
    const dir = bigFolder(100_000);
    const r = timed(['history', 'c.yaml', '--as-of', '2026-01-01', '--from', '2016-01-01', '--every', '1m', '--format', 'json'], dir);
    healthy(r);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as { moves: { change: number; criteria: { points: number; events: { points: number }[]; more: { count: number; points: number } | null; others: { points: number } | null; time: { points: number } }[] }[] };
    expect(j.moves.length).toBeGreaterThan(10);
    for (const m of j.moves) {
      expect(m.criteria.reduce((s, c) => s + c.points, 0)).toBe(m.change);
      for (const c of m.criteria) {
        expect(c.events.length).toBeLessThanOrEqual(25);
        expect(c.events.reduce((s, e) => s + e.points, 0) + (c.more?.points ?? 0) + (c.others?.points ?? 0) + c.time.points).toBe(c.points);
      }
    }
    // A little more than the CSV above (8 s and 10 s here): each move costs a few dozen scorings of one criterion on its window's events.
    expect(r.ms).toBeLessThan(90_000);
  });
});

describe('the same log listed twenty times, by twenty clients', () => {
  it('lint parses it once: fast, and 19 duplicate-log warnings per client', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'shared.log.yaml'), bigLog(20_000));
    const refs = Array.from({ length: 20 }, (_, i) => (i % 2 ? './shared.log.yaml' : 'shared.log.yaml'));
    for (let c = 0; c < 20; c++) writeFileSync(join(dir, `c${c}.yaml`), profileWith(refs, `Client ${c}`));
    const r = timed(['lint', '.', '--as-of', '2026-03-01', '--format', 'json'], dir);
    healthy(r);
    const found = JSON.parse(r.stdout) as { rule: string }[];
    expect(found.filter((f) => f.rule === 'duplicate-log')).toHaveLength(20 * 19);
    expect(found.filter((f) => f.rule !== 'duplicate-log')).toEqual([]);
    expect(r.ms).toBeLessThan(30_000);
  });
});

(canLimitOpenFiles() ? describe : describe.skip)('a big portfolio under `ulimit -n 30`', () => {
  it('600 clients: the worker pool adapts, the output is the one without the limit', () => {
    const dir = tempDir();
    for (let i = 0; i < 600; i++) {
      writeFileSync(join(dir, `c${String(i).padStart(3, '0')}.yaml`), `name: Client ${i}\nevents:\n  - {date: 2026-10-${String((i % 28) + 1).padStart(2, '0')}, type: complaint}\n`);
    }
    const free = timed(['portfolio', '.', '--as-of', '2026-11-24', '--no-cache'], dir);
    expect(free.code, free.stderr).toBe(0);
    for (const n of [30, 48, 64]) {
      const limited = timed(['portfolio', '.', '--as-of', '2026-11-24', '--no-cache'], dir, { openFiles: n });
      healthy(limited);
      expect(limited.code, `ulimit -n ${n}: ${limited.stderr}`).toBe(0);
      expect(limited.stdout).toBe(free.stdout);
    }
  });
});

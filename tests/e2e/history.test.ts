/**
 * `clientfit history` explains every move of the fit, on real files: which criteria and which
 * events moved it, by how much, and what time did, in points that add up to the change.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, snapshot, tempDir } from './harness.js';

let dir: string;
beforeAll(() => {
  dir = tempDir(true);
});
const cli = (...args: string[]) => runCli(args, { cwd: dir });

interface Part {
  points: number;
  exact: number;
}
interface JsonMove {
  from: string;
  to: string;
  fitFrom: number;
  fitTo: number;
  change: number;
  rawChange: number;
  clampedAt: 0 | 100 | null;
  criteria: (Part & {
    id: string;
    title: string;
    events: (Part & { date: string; type: string; file: string; line: number })[];
    more: (Part & { count: number }) | null;
    others: (Part & { count: number }) | null;
    time: Part & { reasons: { kind: string }[] };
  })[];
}

const cents = (x: number) => Math.round(x * 100);
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe('history --format json: every move adds up', () => {
  const examples = readdirSync(join(import.meta.dirname, '..', '..', 'examples')).filter((f) => f.endsWith('.yaml') && !f.startsWith('.') && !f.includes('.log.'));

  it.each(examples)('examples/%s, monthly and fortnightly', async (name) => {
    let seen = 0;
    for (const every of ['1m', '2w']) {
      const r = await cli('history', `examples/${name}`, '--as-of', '2026-11-24', '--from', '2025-09-01', '--every', every, '--format', 'json');
      expect(r.code, r.stderr).toBe(0);
      const j = JSON.parse(r.stdout) as { points: { asOf: string; fit: number }[]; moves: JsonMove[] };
      // Every step where the fit changed is a move, in date order.
      const changed = j.points.flatMap((p, i) => (i && p.fit !== j.points[i - 1]!.fit ? [[j.points[i - 1]!.asOf, p.asOf]] : []));
      expect(j.moves.map((m) => [m.from, m.to])).toEqual(changed);
      seen += j.moves.length;
      for (const m of j.moves) {
        expect(m.change).toBe(m.fitTo - m.fitFrom);
        expect(sum(m.criteria.map((c) => c.points))).toBe(m.change);
        expect(sum(m.criteria.map((c) => cents(c.exact)))).toBe(cents(m.rawChange));
        if (m.clampedAt === null) expect(Math.abs(m.rawChange - m.change)).toBeLessThan(1);
        for (const c of m.criteria) {
          const parts: Part[] = [...c.events, ...(c.more ? [c.more] : []), ...(c.others ? [c.others] : []), c.time];
          expect(sum(parts.map((p) => p.points))).toBe(c.points);
          expect(sum(parts.map((p) => cents(p.exact)))).toBe(cents(c.exact));
          for (const e of c.events) {
            // A named event happened in this step, and is where the JSON says it is.
            expect(e.date > m.from && e.date <= m.to).toBe(true);
            const line = readFileSync(join(dir, e.file), 'utf8').split('\n')[e.line - 1]!;
            expect(line).toContain(`date: ${e.date}`);
            expect(line).toContain(`type: ${e.type}`);
          }
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('history on a client of your own', () => {
  // A 3-month rubric: complaints (warn 1, flag 2, −40) and urgency (warn 1, flag 2, −30).
  const RUBRIC = `id: mine
window: 3m
bands: {keep: 75, review: 45}
criteria:
  - {id: complaints, title: {en: Constant criticism, es: Críticas constantes}, metric: complaints, warn: 1, flag: 2, weight: 40}
  - {id: urgency, title: {en: Everything is urgent, es: Todo es urgente}, metric: urgent_requests, warn: 1, flag: 2, weight: 30}
`;
  // Urgent requests in January and February, two complaints in April, and in April a third
  // urgent request: by then January's has left the window, so urgency does not move.
  const LOG = `events:
  - {date: 2026-01-15, type: urgent_request}
  - {date: 2026-02-15, type: urgent_request}
  - {date: 2026-04-05, type: complaint, note: Tone of the copy}
  - {date: 2026-04-12, type: complaint, note: The colours}
  - {date: 2026-04-20, type: urgent_request, note: For yesterday}
`;
  let own: string;
  beforeAll(() => {
    own = tempDir();
    writeFileSync(join(own, 'rubric.yaml'), RUBRIC);
    writeFileSync(join(own, 'client.yaml'), 'name: Own Client\nlogs: [client.log.yaml]\n');
    writeFileSync(join(own, 'client.log.yaml'), LOG);
  });
  const run = (...args: string[]) => runCli(['history', 'client.yaml', '--rubric', 'rubric.yaml', '--from', '2026-03-01', '--as-of', '2026-08-01', ...args], { cwd: own });

  it('text: names the complaints, gives the window its due, and does not name the urgent request that changed nothing', async () => {
    const before = snapshot(own);
    const r = await run();
    expect(r.code, r.stderr).toBe(0);
    // Windows of 3 months. Mar 1 and Apr 1: two urgent requests (−30): 70. May 1: January's has
    // left, April's came (still 2: −30) and two complaints (−40): 30. Jun 1: February's left (1:
    // −15): 45. Jul 1: the same April events: 45. Aug 1: all have left: 100.
    expect(r.stdout).toContain('  2026-03-01     70  review\n  2026-04-01     70  review\n  2026-05-01     30  exit\n  2026-06-01     45  review\n  2026-07-01     45  review\n  2026-08-01    100  keep\n');
    expect(r.stdout).toContain(
      [
        'Biggest moves',
        '  2026-07-01 → 2026-08-01: fit 45 → 100 (+55)',
        '    Constant criticism  +40',
        '      time passed (2 events left the window)  +40',
        '    Everything is urgent  +15',
        '      time passed (1 event left the window)  +15',
        '  2026-04-01 → 2026-05-01: fit 70 → 30 (−40)',
        '    Constant criticism  −40',
        '      2026-04-05  complaint: Tone of the copy  (client.log.yaml:4)  −20',
        '      2026-04-12  complaint: The colours  (client.log.yaml:5)  −20',
        '  2026-05-01 → 2026-06-01: fit 30 → 45 (+15)',
        '    Everything is urgent  +15',
        '      time passed (1 event left the window)  +15',
        '',
      ].join('\n'),
    );
    expect(r.stdout).not.toContain('For yesterday');
    expect(snapshot(own)).toEqual(before);
  });

  it('text in Spanish', async () => {
    const r = await run('--lang', 'es');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  2026-04-01 → 2026-05-01: encaje 70 → 30 (−40)\n    Críticas constantes  −40\n      2026-04-05  queja: Tone of the copy  (client.log.yaml:4)  −20\n');
    expect(r.stdout).toContain('    Críticas constantes  +40\n      el paso del tiempo (2 eventos salieron del periodo)  +40\n');
    expect(r.stdout).toContain('    Todo es urgente  +15\n      el paso del tiempo (1 evento salió del periodo)  +15\n');
  });

  it('Markdown in Spanish, JSON with every move, CSV with points only', async () => {
    const md = (await run('--format', 'md', '--lang', 'es')).stdout;
    expect(md).toContain('### Los mayores cambios');
    expect(md).toContain('- **2026-04-01 → 2026-05-01: encaje 70 → 30 (−40)**\n  - Críticas constantes: **−40**\n');
    const j = JSON.parse((await run('--format', 'json', '--lang', 'es')).stdout) as { moves: JsonMove[] };
    expect(j.moves.map((m) => [m.from, m.change])).toEqual([
      ['2026-04-01', -40],
      ['2026-05-01', 15],
      ['2026-07-01', 55],
    ]);
    // April: urgency did not move (one request left, one came), so it has no part and its request no name.
    expect(j.moves[0]!.criteria.map((c) => [c.id, c.title, c.points, c.events.map((e) => e.line)])).toEqual([['complaints', 'Críticas constantes', -40, [4, 5]]]);
    // May → June: February's request leaving the window is time, not April's request.
    expect(j.moves[1]!.criteria).toEqual([expect.objectContaining({ id: 'urgency', points: 15, events: [], time: { points: 15, exact: 15, reasons: [{ kind: 'left', count: 1 }] } })]);
    const csv = (await run('--format', 'csv')).stdout;
    expect(csv).toBe('asOf,fit,verdict\n2026-03-01,70,review\n2026-04-01,70,review\n2026-05-01,30,exit\n2026-06-01,45,review\n2026-07-01,45,review\n2026-08-01,100,keep\n');
    expect(hasStackTrace(csv + md)).toBe(false);
  });
});

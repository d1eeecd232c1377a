import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, tempDir } from './harness.js';

let dir: string;
const AS_OF = ['--as-of', '2026-11-24'];
beforeAll(() => {
  dir = tempDir(true);
});
const cli = (...args: string[]) => runCli(args, { cwd: dir });

describe('score --what-if', () => {
  it('lists changes that lift brightpath from review to keep, in text and JSON', async () => {
    const text = await cli('score', 'examples/brightpath.yaml', ...AS_OF, '--what-if');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('What would change the verdict');
    expect(text.stdout).toMatch(/To reach keep \(fit 80\)/);
    const json = JSON.parse((await cli('score', 'examples/brightpath.yaml', ...AS_OF, '--what-if', '--format', 'json')).stdout);
    expect(json.whatIf.up[0]).toMatchObject({ verdict: 'keep' });
    expect(json.whatIf.down.every((o: { verdict: string }) => o.verdict === 'exit')).toBe(true);
  });
  it('speaks Spanish with --lang es', async () => {
    const r = await cli('score', 'examples/brightpath.yaml', ...AS_OF, '--what-if', '--lang', 'es');
    expect(r.stdout).toContain('Qué cambiaría el veredicto');
    expect(r.stdout).toContain('Para llegar a mantener');
  });
});

describe('score --min-coverage', () => {
  it('exits 2 when too little of the rubric had data, and 0 when enough did', async () => {
    writeFileSync(join(dir, 'thin.yaml'), 'name: Thin Client\n');
    const low = await cli('score', 'thin.yaml', ...AS_OF, '--min-coverage', '80');
    expect(low.code).toBe(2);
    expect(low.stderr).toMatch(/only 62% of the rubric's weight had data/);
    expect(low.stdout).toBe('');
    expect((await cli('score', 'examples/acme.yaml', ...AS_OF, '--min-coverage', '80')).code).toBe(0);
    expect((await cli('score', 'thin.yaml', '--min-coverage', 'lots')).code).toBe(2);
  });
  it('reports coverage in every format', async () => {
    writeFileSync(join(dir, 'thin2.yaml'), 'name: Thin Client\n');
    expect((await cli('score', 'thin2.yaml', ...AS_OF)).stdout).toContain("Scored on 62% of the rubric's weight; no data for:");
    expect((await cli('score', 'thin2.yaml', ...AS_OF, '--format', 'md')).stdout).toContain('Scored on 62%');
    expect(JSON.parse((await cli('score', 'thin2.yaml', ...AS_OF, '--format', 'json')).stdout).coverage).toBe(0.62);
  });
});

describe('score --compare', () => {
  it('shows what changed since a date, and the rubric part with a second --rubric', async () => {
    writeFileSync(join(dir, 'heavier.yaml'), 'extends: builtin:default\ncriteria:\n  - {id: scope-creep, weight: 25}\n');
    const r = await cli('score', 'examples/brightpath.yaml', ...AS_OF, '--compare', '2026-05-24', '--rubric', 'builtin:default', '--rubric', 'heavier.yaml', '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.compare.from.asOf).toBe('2026-05-24');
    // Same client, same date, only the weight differs: brightpath's scope creep is 1.9131
    // weighted changes (half_life 180d), severity 0.5 + 0.5 x 0.4131/1.5 = 0.6377, so
    // 20 x 0.6377 = 12.75 and 25 x 0.6377 = 15.94; fit under the heavier rubric
    // 100 - 20 (late payment) - 15.94 = 64.06 => 64.
    expect(j.compare.rubric).toEqual([expect.objectContaining({ id: 'scope-creep', pointsLostFrom: 12.75, pointsLostTo: 15.94 })]);
    expect(j.compare.rubric[0].valueFrom).toBeCloseTo(1.9131, 3);
    expect(j.compare.rubric[0].valueTo).toBe(j.compare.rubric[0].valueFrom);
    expect(j.fit).toBe(64);
    const text = await cli('score', 'examples/brightpath.yaml', ...AS_OF, '--compare', '2026-05-24');
    expect(text.stdout).toContain('What changed from 2026-05-24 to 2026-11-24');
    expect(text.stdout).toContain("The client's behaviour:");
  });
  it('refuses two rubrics without --compare', async () => {
    const r = await cli('score', 'examples/brightpath.yaml', '--rubric', 'a.yaml', '--rubric', 'b.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--compare');
  });
});

describe('score --redact', () => {
  it('hides names, notes, references and amounts in every format', async () => {
    for (const format of ['text', 'md', 'json']) {
      const r = await cli('score', 'examples/acme.yaml', ...AS_OF, '--redact', '--format', format);
      expect(r.code).toBe(0);
      for (const secret of ['ACME', 'Ana', 'F-2026-040', '1680', '1.680', 'Nadie quiere', 'acme.log.yaml']) expect(r.stdout).not.toContain(secret);
    }
  });
});

describe('history', () => {
  it('prints a sparkline and a table, as of each month', async () => {
    const r = await cli('history', 'examples/acme.yaml', ...AS_OF);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/[▁▂▃▄▅▆▇█]{13}/);
    expect(r.stdout).toContain('2025-11-24');
    expect(r.stdout).toContain('Biggest moves');
  });
  it('prints clientfit/history@1 JSON whose last point matches score', async () => {
    const j = JSON.parse((await cli('history', 'examples/brightpath.yaml', ...AS_OF, '--from', '2026-01-01', '--every', '2m', '--format', 'json')).stdout);
    expect(j.schema).toBe('clientfit/history@1');
    expect(j.client).toMatchObject({ id: 'brightpath', name: 'BrightPath Consulting Ltd' });
    expect(j.points.map((p: { asOf: string }) => p.asOf)).toEqual(['2026-01-01', '2026-03-01', '2026-05-01', '2026-07-01', '2026-09-01', '2026-11-01', '2026-11-24']);
    const s = JSON.parse((await cli('score', 'examples/brightpath.yaml', ...AS_OF, '--format', 'json')).stdout);
    expect(j.points.at(-1)).toEqual({ asOf: '2026-11-24', fit: s.fit, verdict: s.verdict });
  });
  it('prints CSV and Markdown, in Spanish too', async () => {
    const csv = (await cli('history', 'examples/nordlicht.yaml', ...AS_OF, '--format', 'csv')).stdout.trim().split('\n');
    expect(csv[0]).toBe('asOf,fit,verdict');
    expect(csv.at(-1)).toBe('2026-11-24,100,keep');
    const md = (await cli('history', 'examples/acme.yaml', ...AS_OF, '--format', 'md', '--lang', 'es')).stdout;
    expect(md).toContain('## Evolución del encaje: ACME Retail S.L.');
    expect(md).toContain('| fecha | encaje | veredicto |');
  });
  it('rejects a bad step or a start after as-of with exit 2 and no stack trace', async () => {
    for (const args of [['--every', 'monthly'], ['--from', '2027-01-01'], ['--every', '1d', '--from', '1990-01-01']]) {
      const r = await cli('history', 'examples/acme.yaml', ...AS_OF, ...args);
      expect(r.code).toBe(2);
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });
});

describe('rubric show --weights', () => {
  it('prints the weight tree grouped by theme, and JSON shares that sum to 1', async () => {
    const text = await cli('rubric', 'show', '--weights');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Payment\s+35/);
    expect(text.stdout).toContain('Pays late or not at all');
    const rows = JSON.parse((await cli('rubric', 'show', '--weights', '--format', 'json')).stdout) as { id: string; share: number; weight: number }[];
    expect(rows).toHaveLength(18);
    expect(rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 9);
    expect(rows.find((r) => r.id === 'late-payment')).toMatchObject({ weight: 20 });
    expect((await cli('rubric', 'show', '--weights', '--lang', 'es')).stdout).toContain('Pagos');
  });
});

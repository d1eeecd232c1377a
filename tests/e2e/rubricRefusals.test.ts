// Rubrics that `score` must refuse (exit 2, located, no stack) instead of printing a fit
// that means nothing, and an `extends` that must never read standard input.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, tempDir } from './harness.js';

const BRIGHTPATH = ['examples/brightpath.yaml', '--as-of', '2026-11-24'];

describe('score refuses a rubric lint would fail', () => {
  it('a negative weight, with its place and in Spanish', async () => {
    const dir = tempDir(true);
    writeFileSync(join(dir, 'neg.yaml'), 'id: neg\ncriteria:\n  - {id: late, metric: late_invoice_ratio, warn: 0.1, flag: 0.3, weight: -50}\n');
    const r = await runCli(['score', ...BRIGHTPATH, '--rubric', 'neg.yaml', '--lang', 'es'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('neg.yaml:3:74');
    expect(r.stderr).toContain('pesa -50');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('bands with keep below review', async () => {
    const dir = tempDir(true);
    writeFileSync(join(dir, 'bands.yaml'), 'extends: builtin:default\nbands: {keep: 40, review: 45}\n');
    const r = await runCli(['score', ...BRIGHTPATH, '--rubric', 'bands.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bands.yaml:2:15');
    expect(r.stderr).toContain('`bands.keep` (40) is not above `bands.review` (45)');
  });
});

describe('extends: "-"', () => {
  it('names a file called `-`, not standard input (no hang, no read of stdin)', async () => {
    const dir = tempDir(true);
    writeFileSync(join(dir, 'r.yaml'), 'extends: "-"\ncriteria: []\n');
    // Given rubric text on stdin, a wrong reading would score with it instead of failing.
    const r = await runCli(['score', ...BRIGHTPATH, '--rubric', 'r.yaml'], { cwd: dir, input: 'criteria: []\n', timeout: 10000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('r.yaml:1:10');
    expect(r.stderr).toContain('`extends` points at -, which cannot be read');
    expect(r.stderr).not.toContain('<stdin>');
  });
});

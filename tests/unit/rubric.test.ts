/** buildRubric: defaults, located problems, and `extends` merging. */
import { describe, expect, it } from 'vitest';
import { buildRubric } from '../../src/core/rubric.js';
import type { Rubric } from '../../src/core/schema/rubric.js';
import type { Lang } from '../../src/core/i18n/index.js';
import { rubric, source, worded } from './build.js';

/** The problems of a rubric, worded in `lang`. */
const problems = (yaml: string, parent: Rubric | null = null, lang: Lang = 'en') => {
  const r = buildRubric(source(yaml, 'r.yaml'), parent);
  if (r.ok) throw new Error('expected problems');
  return r.problems.map((p) => worded(p, lang));
};

const BASE = rubric(`
id: base
title: {en: Base, es: Base ES}
window: 6m
bands: {keep: 80, review: 50}
criteria:
  - id: late
    title: {en: Pays late, es: Paga tarde}
    why: {en: Cash, es: Caja}
    metric: late_invoice_ratio
    warn: 0.2
    flag: 0.5
    weight: 20
    theme: payment
  - {id: complaints, metric: complaints, warn: 2, flag: 5, weight: 15, theme: respect}
  - {id: abuse, metric: abuse, warn: 0.5, flag: 1, weight: 25, dealbreaker: true}
`);

describe('buildRubric', () => {
  it('fills in defaults: id from the file name, window 12m, bands 75/45, dealbreaker false, empty texts', () => {
    const r = rubric('criteria:\n  - {id: c, metric: complaints, warn: 1, flag: 2, weight: 10}\n', null, 'rubrics/mine.yaml');
    expect(r).toMatchObject({ id: 'mine', file: 'rubrics/mine.yaml', window: '12m', bands: { keep: 75, review: 45 } });
    expect(r.criteria[0]).toMatchObject({ id: 'c', dealbreaker: false, title: {}, why: {}, talking_point: {} });
  });

  it('accepts {count: [types]} as a metric', () => {
    const r = rubric('criteria:\n  - {id: calls, metric: {count: [late_call]}, warn: 1, flag: 2, weight: 5}\n');
    expect(r.criteria[0]!.metric).toEqual({ count: ['late_call'] });
  });

  it('reports every missing field of every criterion at the criterion', () => {
    const ps = problems('criteria:\n  - id: a\n    metric: complaints\n  - {id: b, warn: 1, flag: 2, weight: 3}\n');
    expect(ps.map((p) => [p.line, p.col, p.message])).toEqual([
      [2, 5, 'criterion `a` has no `warn`'],
      [2, 5, 'criterion `a` has no `flag`'],
      [2, 5, 'criterion `a` has no `weight`'],
      [4, 5, 'criterion `b` has no `metric`'],
    ]);
  });

  it('names an unknown metric at its value, with a "did you mean"', () => {
    // "  - {id: a, metric: " is 20 characters.
    const [p] = problems('criteria:\n  - {id: a, metric: late_invoice_ratoi, warn: 1, flag: 2, weight: 3}\n');
    expect(p).toMatchObject({ code: 'unknown-metric', line: 2, col: 21 });
    expect(p!.message).toBe('unknown metric `late_invoice_ratoi`; did you mean `late_invoice_ratio`?');
  });

  it('refuses inherited object names as metrics', () => {
    for (const name of ['toString', 'constructor']) {
      const [p] = problems(`criteria:\n  - {id: a, metric: ${name}, warn: 1, flag: 2, weight: 3}\n`);
      expect(p!.code).toBe('unknown-metric');
    }
  });

  it('refuses a bad window on the rubric and on a criterion', () => {
    const ps = problems('window: 12 months\ncriteria:\n  - {id: a, metric: complaints, warn: 1, flag: 2, weight: 3, window: 0d}\n');
    expect(ps.map((p) => [p.line, p.message])).toEqual([
      [3, '"0d" is not a window'],
      [1, '"12 months" is not a window'],
    ]);
  });

  it('speaks Spanish', () => {
    const [p] = problems('criteria:\n  - {id: a, metric: complaints, warn: 1, flag: 2}\n', null, 'es');
    expect(p!.message).toBe('al criterio `a` le falta `weight`');
  });
});

describe('buildRubric with extends', () => {
  it('inherits everything the child does not say, except its id (named after its own file)', () => {
    const r = rubric('title: {en: Mine}\n', BASE, 'strict.yaml');
    expect(r).toMatchObject({ id: 'strict', file: 'strict.yaml', window: '6m', bands: { keep: 80, review: 50 } });
    expect(r.criteria.map((c) => c.id)).toEqual(['late', 'complaints', 'abuse']);
    expect(r.title).toEqual({ en: 'Mine', es: 'Base ES' });
  });

  it('overrides a criterion field by field, keeping the rest and merging texts by language', () => {
    const r = rubric('criteria:\n  - {id: late, weight: 30, title: {es: Moroso}}\n', BASE);
    expect(r.criteria[0]).toMatchObject({
      id: 'late',
      metric: 'late_invoice_ratio',
      warn: 0.2,
      flag: 0.5,
      weight: 30,
      theme: 'payment',
      title: { en: 'Pays late', es: 'Moroso' },
      why: { en: 'Cash', es: 'Caja' },
    });
  });

  it('drops a criterion with enabled: false and appends new ones', () => {
    const r = rubric('criteria:\n  - {id: complaints, enabled: false}\n  - {id: calls, metric: {count: [late_call]}, warn: 1, flag: 2, weight: 5}\n', BASE);
    expect(r.criteria.map((c) => c.id)).toEqual(['late', 'abuse', 'calls']);
  });

  it('keeps bands the child does not override', () => {
    expect(rubric('bands: {keep: 90}\n', BASE).bands).toEqual({ keep: 90, review: 50 });
  });

  it('still requires the fields of a new criterion', () => {
    const [p] = problems('criteria:\n  - {id: new-one, metric: complaints}\n', BASE);
    expect(p!.message).toBe('criterion `new-one` has no `warn`');
  });

  it('does not change the parent', () => {
    rubric('criteria:\n  - {id: late, weight: 99}\n', BASE);
    expect(BASE.criteria[0]!.weight).toBe(20);
  });
});

describe('buildRubric refuses rubrics whose fit would mean nothing', () => {
  it('a weight of 0 or below, pointing at the weight', () => {
    // Line 2, column 59 is where `-5` starts ("  - {" is 5 characters, then 53 more).
    const ps = problems('criteria:\n  - {id: c, metric: complaints, warn: 1, flag: 2, weight: -5}\n');
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ line: 2, col: 59, message: 'criterion `c` has weight -5, which would add points instead of taking them off' });
    expect(problems('criteria:\n  - {id: c, metric: complaints, warn: 1, flag: 2, weight: 0}\n')[0]!.message).toMatch(/weight 0/);
  });

  it('warn equal to flag, pointing at warn', () => {
    const ps = problems('criteria:\n  - {id: c, metric: complaints, warn: 2, flag: 2, weight: 5}\n', null, 'es');
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ line: 2, col: 39, message: 'el criterio `c` tiene `warn` igual a `flag` (2)' });
  });

  it('bands.keep at or below bands.review, own or inherited', () => {
    const ps = problems('bands: {keep: 40, review: 45}\ncriteria: []\n');
    expect(ps).toEqual([expect.objectContaining({ line: 1, col: 15, message: '`bands.keep` (40) is not above `bands.review` (45)' })]);
    // The parent's keep of 80 against this file's review of 80.
    expect(problems('extends: base.yaml\nbands: {review: 80}\n', BASE)[0]!.message).toBe('`bands.keep` (80) is not above `bands.review` (80)');
  });

  it('an inherited weight of 0 is reported at the criterion that inherits it', () => {
    const parent = rubric('criteria:\n  - {id: c, metric: complaints, warn: 1, flag: 2, weight: 5}\n');
    const zero = { ...parent, criteria: parent.criteria.map((c) => ({ ...c, weight: 0 })) };
    const ps = problems('extends: p.yaml\ncriteria:\n  - {id: c, warn: 3, flag: 4}\n', zero);
    expect(ps).toEqual([expect.objectContaining({ line: 3, col: 5, message: expect.stringContaining('weight 0') })]);
  });
});

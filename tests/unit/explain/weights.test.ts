import { describe, expect, it } from 'vitest';
import { weights } from '../../../src/core/weights.js';
import { weightsJson } from '../../../src/core/render/weights.js';
import { defaultRubric, rubric } from './fixtures.js';

describe('weights', () => {
  it('gives each criterion its share of the total and groups by theme in the design order', () => {
    const r = rubric(`
criteria:
  - {id: a, metric: complaints, warn: 1, flag: 2, weight: 30, theme: team}
  - {id: b, metric: abuse, warn: 0.5, flag: 1, weight: 10, theme: payment}
  - {id: c, metric: blame, warn: 1, flag: 2, weight: 10}
`);
    const w = weights(r);
    expect(w.total).toBe(50);
    expect(w.rows.map((x) => x.share)).toEqual([0.6, 0.2, 0.2]);
    expect(w.groups.map((g) => g.theme)).toEqual(['payment', 'team', 'other']);
  });

  it('shares of the shipped rubric sum to 1 in the JSON form', () => {
    const rows = weightsJson(defaultRubric());
    expect(rows.length).toBe(18);
    expect(rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 10);
    for (const r of rows) expect(Object.keys(r)).toEqual(expect.arrayContaining(['id', 'theme', 'weight', 'share']));
  });
});

/** in_niche, within_skills, budget_fits: 1 or 0 from the profile; null when it does not say. Not windowed. */
import { describe, expect, it } from 'vitest';
import { score } from '../../../src/core/score.js';
import { client, rubric, run } from '../build.js';

const FIELDS = ['in_niche', 'within_skills', 'budget_fits'] as const;

describe.each(FIELDS)('%s', (field) => {
  it('is 1 with no evidence when true, resting on one fact (n: 1)', () => {
    const r = run(field, client(`name: T\nprofile:\n  ${field}: true\n`), '2026-11-24');
    // n is what min_evidence is checked against: the profile's one statement.
    expect(r).toEqual({ value: 1, evidence: [], n: 1 });
  });

  it('is 0 when false, with the profile line as evidence', () => {
    // line 1 name, 2 industry, 3 profile:, 4 tier, 5 the field
    const c = client(`name: T\nindustry: x\nprofile:\n  tier: real\n  ${field}: false\n`, 'acme.yaml');
    const r = run(field, c, '2026-11-24');
    expect(r.value).toBe(0);
    expect(r.evidence).toHaveLength(1);
    expect(r.evidence[0]!.event).toMatchObject({ type: 'profile', file: 'acme.yaml', line: 5, date: '' });
    expect(r.evidence[0]!.fact).toEqual({ kind: 'profile', field, value: false });
  });

  it('is null when the profile does not say', () => {
    expect(run(field, client('name: T\nprofile: {tier: real}\n'), '2026-11-24').value).toBeNull();
    expect(run(field, client('name: T\n'), '2026-11-24').value).toBeNull();
  });

  it('ignores windows: a 1-day window at any as-of still reads the profile', () => {
    const c = client(`name: T\nprofile: {${field}: false}\n`);
    const r = rubric(`window: 1d\ncriteria:\n  - {id: x, metric: ${field}, warn: 0.5, flag: 0, weight: 10}\n`);
    for (const asOf of ['1990-01-01', '2026-11-24', '2099-12-31']) {
      const rep = score(c, r, { asOf });
      expect(rep.criteria[0]!.value).toBe(0);
      expect(rep.fit).toBe(90);
    }
  });
});

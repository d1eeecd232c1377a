import { describe, expect, it } from 'vitest';
import { score } from '../../../src/core/score.js';
import { applyChanges, satisfying, whatIf } from '../../../src/core/whatIf.js';
import { client, defaultRubric, events, rubric } from './fixtures.js';

// A two-criterion rubric keeps the arithmetic easy to follow by hand.
const R = rubric(`
id: t
window: 12m
bands: {keep: 75, review: 45}
criteria:
  - {id: complaints, metric: complaints, warn: 2, flag: 4, weight: 30}
  - {id: scope, metric: unbilled_scope_changes, warn: 1, flag: 3, weight: 40}
  - {id: abuse, metric: abuse, warn: 0.5, flag: 1, weight: 10, dealbreaker: true}
`);
const asOf = '2026-11-24';

describe('whatIf', () => {
  it('proposes the smallest set that lifts review to keep, and it really does', () => {
    // 4 complaints → −30, 1 scope change → severity 0.5 → −20: fit 50, review.
    const c = client(`name: A\n${events('date: 2026-01-01, type: complaint', 'date: 2026-02-01, type: complaint', 'date: 2026-03-01, type: complaint', 'date: 2026-04-01, type: complaint', 'date: 2026-05-01, type: scope_change')}`);
    const r = score(c, R, { asOf });
    expect([r.fit, r.verdict]).toEqual([50, 'review']);
    const w = whatIf(r);
    expect(w.up.length).toBeGreaterThan(0);
    // Clearing the complaints alone leaves 100 − 20 = 80 (keep): the smallest set has one change.
    expect(w.up[0]!.changes).toHaveLength(1);
    for (const o of w.up) {
      const after = applyChanges(r, o.changes);
      expect(after.verdict).toBe('keep');
      expect(after.fit).toBe(o.fit);
    }
  });

  it('clears a raised dealbreaker first when the exit is its doing', () => {
    const c = client(`name: A\n${events('date: 2026-01-01, type: abuse')}`);
    const r = score(c, R, { asOf });
    expect(r.verdict).toBe('exit');
    const w = whatIf(r);
    expect(w.up[0]!.changes.map((x) => x.id)).toEqual(['abuse']);
    expect(w.up[0]!.changes[0]).toMatchObject({ op: 'atMost', to: 0 });
    expect(applyChanges(r, w.up[0]!.changes).verdict).not.toBe('exit');
  });

  it('proposes what would drop a keep client to review, never via a dealbreaker', () => {
    const r = score(client('name: A\n'), R, { asOf });
    expect(r.verdict).toBe('keep');
    const w = whatIf(r);
    expect(w.up).toEqual([]);
    expect(w.down.length).toBeGreaterThan(0);
    for (const o of w.down) {
      expect(o.changes.some((x) => x.id === 'abuse')).toBe(false);
      expect(applyChanges(r, o.changes).verdict).toBe('review');
    }
  });

  it('has nothing below exit', () => {
    const c = client(`name: A\n${events('date: 2026-01-01, type: abuse')}`);
    expect(whatIf(score(c, R, { asOf })).down).toEqual([]);
  });

  it('uses whole numbers for counts and strict bounds for ratios', () => {
    expect(satisfying({ op: 'below', to: 0.2 })).toBeLessThan(0.2);
    expect(satisfying({ op: 'above', to: 3 })).toBeGreaterThan(3);
    expect(satisfying({ op: 'atMost', to: 1 })).toBe(1);
  });

  it('every option on the shipped examples moves the verdict when applied', () => {
    const D = defaultRubric();
    for (const yaml of [
      `name: B\ncontract: {rate: 50}\n${events('date: 2026-01-05, type: invoice, ref: F-1, amount: 100, due: 2026-02-01, paid: 2026-03-20', 'date: 2026-02-05, type: scope_change', 'date: 2026-03-05, type: scope_change', 'date: 2026-04-05, type: scope_change', 'date: 2026-05-05, type: scope_change')}`,
      'name: C\n',
    ]) {
      const r = score(client(yaml), D, { asOf });
      const w = whatIf(r);
      const order = ['exit', 'review', 'keep'];
      for (const o of w.up) expect(order.indexOf(applyChanges(r, o.changes).verdict)).toBeGreaterThan(order.indexOf(r.verdict));
      for (const o of w.down) expect(order.indexOf(applyChanges(r, o.changes).verdict)).toBe(order.indexOf(r.verdict) - 1);
    }
  });
});

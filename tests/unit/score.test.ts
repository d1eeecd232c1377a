/**
 * The scoring formula (DESIGN.md): severity, pointsLost, fit, bands, dealbreakers, coverage.
 * Numbers are worked by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { band, evaluateCriterion, outcome, score, severity, statusOf } from '../../src/core/score.js';
import { client, rubric, withEvents } from './build.js';

const AS_OF = '2026-11-24';
const BANDS = { keep: 75, review: 45 };

describe('severity', () => {
  // warn 0.2, flag 0.5: "higher is worse"
  it('is 0 below warn', () => expect(severity(0.19, 0.2, 0.5)).toBe(0));
  it('is 0.5 exactly at warn', () => expect(severity(0.2, 0.2, 0.5)).toBe(0.5));
  it('is 0.75 midway between warn and flag', () => expect(severity(0.35, 0.2, 0.5)).toBeCloseTo(0.75, 12));
  it('is 1 at flag', () => expect(severity(0.5, 0.2, 0.5)).toBe(1));
  it('stays 1 beyond flag', () => expect(severity(7, 0.2, 0.5)).toBe(1));
  it('is 0 for 0', () => expect(severity(0, 0.2, 0.5)).toBe(0));

  describe('lower is worse (warn > flag)', () => {
    // warn 0.9, flag 0.6 (effective rate)
    it('is 0 above warn', () => expect(severity(1, 0.9, 0.6)).toBe(0));
    it('is 0.5 exactly at warn', () => expect(severity(0.9, 0.9, 0.6)).toBe(0.5));
    it('is 0.75 midway', () => expect(severity(0.75, 0.9, 0.6)).toBeCloseTo(0.75, 12));
    it('is 1 at flag', () => expect(severity(0.6, 0.9, 0.6)).toBe(1));
    it('stays 1 below flag', () => expect(severity(0, 0.9, 0.6)).toBe(1));
    it('handles a profile flag (warn 0.5, flag 0): 1 is quiet, 0 fully raised', () => {
      expect(severity(1, 0.5, 0)).toBe(0);
      expect(severity(0, 0.5, 0)).toBe(1);
    });
  });

  it('is 0 for null (no data) and NaN', () => {
    expect(severity(null, 0.2, 0.5)).toBe(0);
    expect(severity(null, 0.9, 0.6)).toBe(0);
    expect(severity(Number.NaN, 0.2, 0.5)).toBe(0);
  });
});

describe('statusOf', () => {
  it('maps severity to ok / warn / flag', () => {
    expect([statusOf(0), statusOf(0.5), statusOf(0.99), statusOf(1)]).toEqual(['ok', 'warn', 'warn', 'flag']);
  });
});

describe('band', () => {
  it('puts the boundaries on the better side: 75 keep, 74 review, 45 review, 44 exit', () => {
    expect(band(100, BANDS)).toBe('keep');
    expect(band(75, BANDS)).toBe('keep');
    expect(band(74, BANDS)).toBe('review');
    expect(band(45, BANDS)).toBe('review');
    expect(band(44, BANDS)).toBe('exit');
    expect(band(0, BANDS)).toBe('exit');
  });
});

/** A criterion result with the fields outcome() reads. */
const lost = (pointsLost: number, id = `c${pointsLost}`, dealbreaker = false, severity = 1) => ({ criterion: { id, dealbreaker }, severity, pointsLost });

describe('outcome: fit and verdict', () => {
  it('is 100 and keep with nothing lost', () => {
    expect(outcome([lost(0)], BANDS)).toEqual({ fit: 100, verdict: 'keep', dealbreakers: [] });
  });

  it('rounds 100 − Σ pointsLost to a whole number', () => {
    // 100 − 12.5 = 87.5 → 88 (half rounds up)
    expect(outcome([lost(12.5)], BANDS).fit).toBe(88);
    // 100 − (7.5 + 25.9) = 66.6 → 67
    expect(outcome([lost(7.5), lost(25.9)], BANDS).fit).toBe(67);
    // 100 − 33.4 = 66.6 → 67; 100 − 33.6 = 66.4 → 66
    expect(outcome([lost(33.4)], BANDS).fit).toBe(67);
    expect(outcome([lost(33.6)], BANDS).fit).toBe(66);
  });

  it('never goes below 0', () => {
    expect(outcome([lost(60), lost(55), lost(25)], BANDS).fit).toBe(0);
  });

  it('lands on the band boundaries exactly', () => {
    expect(outcome([lost(25)], BANDS)).toMatchObject({ fit: 75, verdict: 'keep' });
    expect(outcome([lost(26)], BANDS)).toMatchObject({ fit: 74, verdict: 'review' });
    expect(outcome([lost(55)], BANDS)).toMatchObject({ fit: 45, verdict: 'review' });
    expect(outcome([lost(56)], BANDS)).toMatchObject({ fit: 44, verdict: 'exit' });
  });

  it('exits on a fully raised dealbreaker whatever the fit', () => {
    expect(outcome([lost(1, 'abuse', true, 1)], BANDS)).toEqual({ fit: 99, verdict: 'exit', dealbreakers: ['abuse'] });
  });

  it('does not exit on a partially raised dealbreaker', () => {
    expect(outcome([lost(5, 'abuse', true, 0.5)], BANDS)).toEqual({ fit: 95, verdict: 'keep', dealbreakers: [] });
  });
});

describe('score() end to end with inline files', () => {
  const twoCriteria = rubric(`
id: t
window: 12m
criteria:
  - {id: late, metric: late_invoice_ratio, warn: 0.2, flag: 0.5, weight: 20}
  - {id: complaints, metric: complaints, warn: 2, flag: 4, weight: 30}
`);

  it('computes severity, points and fit from the events', () => {
    // 3 complaints: severity 0.5 + 0.5 × (3 − 2) / (4 − 2) = 0.75 → 30 × 0.75 = 22.5 points.
    // No invoices: late is null → ok, 0 points. Fit 100 − 22.5 = 77.5 → 78, keep.
    const c = withEvents(['date: 2026-01-01, type: complaint', 'date: 2026-02-01, type: complaint', 'date: 2026-03-01, type: complaint']);
    const r = score(c, twoCriteria, { asOf: AS_OF });
    const [late, comp] = r.criteria;
    expect(late).toMatchObject({ value: null, status: 'ok', severity: 0, pointsLost: 0 });
    expect(comp).toMatchObject({ value: 3, status: 'warn', severity: 0.75, pointsLost: 22.5, metricName: 'complaints', window: '12m', unit: 'count' });
    expect(r.fit).toBe(78);
    expect(r.verdict).toBe('keep');
    expect(r.dealbreakers).toEqual([]);
  });

  it('reports coverage as the share of weight whose metric had data', () => {
    // late (20) has no data, complaints (30) is a count and always has data: 30 / 50 = 0.6.
    const r = score(withEvents([]), twoCriteria, { asOf: AS_OF });
    expect(r.coverage).toBe(0.6);
    expect(r.fit).toBe(100);
    // With one invoice due in the window both have data.
    const withInvoice = withEvents(['date: 2026-01-01, type: invoice, ref: F-1, amount: 10, due: 2026-02-01, paid: 2026-02-01']);
    expect(score(withInvoice, twoCriteria, { asOf: AS_OF }).coverage).toBe(1);
  });

  it('exits on a fully raised dealbreaker even with a high fit', () => {
    const r = rubric(`criteria:\n  - {id: abuse, metric: abuse, warn: 0.5, flag: 1, weight: 1, dealbreaker: true}\n`);
    const rep = score(withEvents(['date: 2026-06-01, type: abuse']), r, { asOf: AS_OF });
    expect(rep).toMatchObject({ fit: 99, verdict: 'exit', dealbreakers: ['abuse'] });
  });

  it('does not exit on a dealbreaker that is only partially raised', () => {
    // 1 abuse with warn 1, flag 3: severity 0.5 → 10 × 0.5 = 5 points → fit 95, keep.
    const r = rubric(`criteria:\n  - {id: abuse, metric: abuse, warn: 1, flag: 3, weight: 10, dealbreaker: true}\n`);
    const rep = score(withEvents(['date: 2026-06-01, type: abuse']), r, { asOf: AS_OF });
    expect(rep).toMatchObject({ fit: 95, verdict: 'keep', dealbreakers: [] });
    expect(rep.criteria[0]).toMatchObject({ status: 'warn', severity: 0.5 });
  });

  it('uses a criterion’s own window over the rubric’s', () => {
    const r = rubric(`window: 12m\ncriteria:\n  - {id: recent, metric: complaints, warn: 1, flag: 2, weight: 10, window: 30d}\n  - {id: year, metric: complaints, warn: 1, flag: 2, weight: 10}\n`);
    // 30d before 2026-11-24 starts (exclusive) on 2026-10-25.
    const c = withEvents(['date: 2026-10-25, type: complaint', 'date: 2026-10-26, type: complaint', 'date: 2026-01-01, type: complaint']);
    const rep = score(c, r, { asOf: AS_OF });
    expect(rep.criteria.map((x) => [x.criterion.id, x.window, x.value])).toEqual([
      ['recent', '30d', 1],
      ['year', '12m', 3],
    ]);
  });

  it('sorts each criterion’s evidence by date', () => {
    const r = rubric(`criteria:\n  - {id: c, metric: complaints, warn: 1, flag: 2, weight: 10}\n`);
    const c = withEvents(['date: 2026-05-01, type: complaint', 'date: 2026-01-01, type: complaint', 'date: 2026-03-01, type: complaint']);
    expect(score(c, r, { asOf: AS_OF }).criteria[0]!.evidence.map((e) => e.event.date)).toEqual(['2026-01-01', '2026-03-01', '2026-05-01']);
  });

  it('caps the fit at 0 when raised weights exceed 100', () => {
    const r = rubric(`criteria:
  - {id: a, metric: complaints, warn: 0.5, flag: 1, weight: 60}
  - {id: b, metric: blame, warn: 0.5, flag: 1, weight: 60}
`);
    // One event each fully raises both: 100 − 120 = −20 → 0.
    const rep = score(withEvents(['date: 2026-05-01, type: complaint', 'date: 2026-05-02, type: blame']), r, { asOf: AS_OF });
    expect(rep.fit).toBe(0);
    expect(rep.verdict).toBe('exit');
  });

  it('passes target_rate to the metrics and to the value at stake', () => {
    const r = rubric(`criteria:\n  - {id: rate, metric: effective_rate_ratio, warn: 0.9, flag: 0.6, weight: 20}\n`);
    // 3 × 200 = 600 over 20 h = 30/h; target 60 → ratio 0.5 ≤ flag 0.6 → fully raised, fit 80.
    // Three invoices, not one: the ratio rests on its invoices and needs min_evidence 3 to count in full.
    const c = client(`name: T
contract: {currency: EUR}
events:
  - {date: 2026-03-01, type: invoice, ref: F-2, amount: 200, due: 2026-04-01, paid: 2026-04-01}
  - {date: 2026-03-08, type: invoice, ref: F-3, amount: 200, due: 2026-04-08, paid: 2026-04-08}
  - {date: 2026-03-15, type: invoice, ref: F-4, amount: 200, due: 2026-04-15, paid: 2026-04-15}
  - {date: 2026-03-02, type: work, hours: 20}
`);
    const rep = score(c, r, { asOf: AS_OF, targetRate: 60 });
    expect(rep.criteria[0]).toMatchObject({ value: 0.5, status: 'flag', n: 3, minEvidence: 3 });
    expect(rep.fit).toBe(80);
    expect(rep.value).toMatchObject({ revenue: 600, hours: 20, effectiveRate: 30, rate: 60, rateSource: 'target', currency: 'EUR', invoices: 3 });
    // Without it there is no rate: null value, ok, and full fit.
    const none = score(c, r, { asOf: AS_OF });
    expect(none.criteria[0]).toMatchObject({ value: null, status: 'ok' });
    expect(none.coverage).toBe(0);
  });

  it('evaluateCriterion labels a {count} metric', () => {
    const r = rubric(`criteria:\n  - {id: calls, metric: {count: [late_call, weekend_call]}, warn: 1, flag: 2, weight: 10}\n`);
    const res = evaluateCriterion(r.criteria[0]!, withEvents(['date: 2026-05-01, type: weekend_call']), r, { asOf: AS_OF });
    expect(res).toMatchObject({ metricName: 'count(late_call, weekend_call)', value: 1, severity: 0.5, pointsLost: 5 });
  });

  it('refuses a rubric with no criteria: it would score every client keep 100', () => {
    expect(() => rubric('criteria: []\n')).toThrow(/the rubric has no criteria/);
    expect(() => rubric('id: x\n')).toThrow(/the rubric has no criteria/);
  });
});

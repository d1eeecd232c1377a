/**
 * grace_days (DESIGN.md, "Evidence strength"): an invoice paid up to that many days after
 * `due` is on time; unpaid, it is not late until the grace has run out. The rubric sets it
 * (default 3) and a criterion may override it. As-of is 2026-11-24 throughout.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_GRACE_DAYS } from '../../../src/core/rubric.js';
import { score } from '../../../src/core/score.js';
import { rubric, run, valueOf, withEvents } from '../build.js';

const AS_OF = '2026-11-24';
/** Each invoice its own ref, as every invoice needs one. */
let refs = 0;
const inv = (due: string, paid?: string) => `date: 2026-01-01, type: invoice, ref: F-${++refs}, amount: 100, due: ${due}${paid ? `, paid: ${paid}` : ''}`;

describe('grace_days on late_invoice_ratio', () => {
  it('calls an invoice paid 3 days after due on time with grace 3', () => {
    // Due 2026-03-01, paid 2026-03-04: 3 days, not more than the grace.
    const r = run('late_invoice_ratio', withEvents([inv('2026-03-01', '2026-03-04')]), AS_OF, { graceDays: 3 });
    expect(r.value).toBe(0);
    expect(r.evidence).toEqual([]);
    expect(r.n).toBe(1);
  });

  it('calls an invoice paid 4 days after due late with grace 3, and its evidence says 4 days', () => {
    const r = run('late_invoice_ratio', withEvents([inv('2026-03-01', '2026-03-05')]), AS_OF, { graceDays: 3 });
    expect(r.value).toBe(1);
    // The grace decides whether it is late; the days late are still counted from `due`.
    expect(r.evidence[0]!.fact).toEqual({ kind: 'paidLate', days: 4 });
  });

  it('with grace 0 (the arithmetic default of these tests) a day late is late', () => {
    expect(valueOf('late_invoice_ratio', withEvents([inv('2026-03-01', '2026-03-02')]), AS_OF)).toBe(1);
  });

  it('does not call an unpaid invoice late while it is within the grace', () => {
    // Due 2026-11-21, unpaid at as-of 2026-11-24: 3 days past due, within a grace of 3.
    expect(valueOf('late_invoice_ratio', withEvents([inv('2026-11-21')]), AS_OF, { graceDays: 3 })).toBe(0);
    // Due 2026-11-20: 4 days past due, the grace has run out.
    expect(valueOf('late_invoice_ratio', withEvents([inv('2026-11-20')]), AS_OF, { graceDays: 3 })).toBe(1);
  });
});

describe('grace_days on days_late_avg', () => {
  it('averages only the invoices late beyond the grace', () => {
    // 2 days (within grace 3: on time), 5 days and 11 days late → (5 + 11) / 2 = 8.
    const c = withEvents([inv('2026-03-01', '2026-03-03'), inv('2026-04-01', '2026-04-06'), inv('2026-05-01', '2026-05-12')]);
    const r = run('days_late_avg', c, AS_OF, { graceDays: 3 });
    expect(r.value).toBe(8);
    expect(r.evidence.map((e) => e.event.due).sort()).toEqual(['2026-04-01', '2026-05-01']);
    // It rests on the three invoices judged, not only the late ones.
    expect(r.n).toBe(3);
  });
});

describe('grace_days in the rubric', () => {
  const late3 = withEvents([inv('2026-03-01', '2026-03-04'), inv('2026-04-01', '2026-04-04'), inv('2026-05-01', '2026-05-04')]);
  const crit = (extra = '') => `  - {id: late, metric: late_invoice_ratio, warn: 0.2, flag: 0.5, weight: 20${extra}}\n`;

  it('defaults to 3 days', () => {
    expect(DEFAULT_GRACE_DAYS).toBe(3);
    const r = rubric(`criteria:\n${crit()}`);
    expect(r.grace_days).toBe(3);
    // Three invoices each paid 3 days late: all on time.
    expect(score(late3, r, { asOf: AS_OF }).criteria[0]).toMatchObject({ value: 0, status: 'ok' });
  });

  it("takes the rubric's grace_days", () => {
    const r = rubric(`grace_days: 2\ncriteria:\n${crit()}`);
    // 3 days late > 2: all three late → 100%, fully raised.
    expect(score(late3, r, { asOf: AS_OF }).criteria[0]).toMatchObject({ value: 1, status: 'flag', pointsLost: 20 });
  });

  it("lets a criterion's grace_days beat the rubric's, either way", () => {
    const stricter = rubric(`grace_days: 5\ncriteria:\n${crit(', grace_days: 0')}`);
    expect(score(late3, stricter, { asOf: AS_OF }).criteria[0]).toMatchObject({ value: 1, status: 'flag' });
    const looser = rubric(`grace_days: 0\ncriteria:\n${crit(', grace_days: 3')}`);
    expect(score(late3, looser, { asOf: AS_OF }).criteria[0]).toMatchObject({ value: 0, status: 'ok' });
  });

  it('is inherited through extends, and a child may change it', () => {
    const parent = rubric(`grace_days: 7\ncriteria:\n${crit()}`);
    expect(rubric('criteria: []\n', parent).grace_days).toBe(7);
    expect(rubric('grace_days: 1\n', parent).grace_days).toBe(1);
  });
});

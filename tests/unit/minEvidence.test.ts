/**
 * min_evidence (DESIGN.md, "Evidence strength"): one event must not weigh like twenty.
 * A criterion whose value rests on fewer than min_evidence events has its severity scaled
 * by n / min_evidence, and the report says "thin evidence (n of min)". The default is 3
 * for sample metrics (ratios, means, medians) and 1 for counts and sums.
 */
import { describe, expect, it } from 'vitest';
import { metricFor } from '../../src/core/metrics/index.js';
import { plain } from '../../src/core/render/style.js';
import { renderText } from '../../src/core/render/text.js';
import { minEvidenceOf, score } from '../../src/core/score.js';
import { en, es, rubric, withEvents } from './build.js';

const AS_OF = '2026-11-24';
/** Each invoice its own ref, as every invoice needs one. */
let refs = 0;
const late = (due: string) => `date: 2026-01-01, type: invoice, ref: F-${++refs}, amount: 100, due: ${due}`; // never paid
const LATE = rubric('criteria:\n  - {id: late, title: {en: Pays late, es: Paga tarde}, metric: late_invoice_ratio, warn: 0.2, flag: 0.5, weight: 30}\n');

describe('min_evidence', () => {
  it('scales a ratio resting on 1 event of 3 to a third of its severity', () => {
    // 1 unpaid invoice: 100% late → severity 1, × 1/3 → 0.33; points 30 × 1/3 = 10; fit 90.
    const rep = score(withEvents([late('2026-03-01')]), LATE, { asOf: AS_OF });
    expect(rep.criteria[0]).toMatchObject({ value: 1, n: 1, minEvidence: 3, evidenceFactor: 0.33, severity: 0.33, pointsLost: 10, status: 'warn' });
    expect(rep.fit).toBe(90);
  });

  it('scales 2 events of 3 to two thirds', () => {
    // 2 unpaid: 100% → 1 × 2/3 = 0.67; 30 × 2/3 = 20; fit 80.
    const rep = score(withEvents([late('2026-03-01'), late('2026-04-01')]), LATE, { asOf: AS_OF });
    expect(rep.criteria[0]).toMatchObject({ n: 2, evidenceFactor: 0.67, severity: 0.67, pointsLost: 20, status: 'warn' });
  });

  it('leaves the severity as it is once n reaches min_evidence, and beyond', () => {
    for (const k of [3, 5]) {
      const dues = Array.from({ length: k }, (_, i) => late(`2026-0${i + 1}-15`));
      const rep = score(withEvents(dues), LATE, { asOf: AS_OF });
      expect(rep.criteria[0]).toMatchObject({ value: 1, n: k, evidenceFactor: 1, severity: 1, pointsLost: 30, status: 'flag' });
    }
  });

  it('counts every event judged, not only the bad ones', () => {
    // 1 late and 2 paid on time: n = 3 → 1/3 = 33% between warn 0.2 and flag 0.5, unscaled:
    // 0.5 + 0.5 × (0.333 − 0.2) / 0.3 = 0.72.
    const rep = score(
      withEvents([late('2026-03-01'), `${late('2026-04-01')}, paid: 2026-04-01`, `${late('2026-05-01')}, paid: 2026-05-01`]),
      LATE,
      { asOf: AS_OF },
    );
    expect(rep.criteria[0]).toMatchObject({ n: 3, evidenceFactor: 1, severity: 0.72 });
  });

  it('defaults to 1 for a count: one complaint counts in full', () => {
    const r = rubric('criteria:\n  - {id: c, metric: complaints, warn: 0.5, flag: 1, weight: 10}\n');
    const rep = score(withEvents(['date: 2026-06-01, type: complaint']), r, { asOf: AS_OF });
    expect(rep.criteria[0]).toMatchObject({ n: 1, minEvidence: 1, evidenceFactor: 1, severity: 1, pointsLost: 10 });
  });

  it('takes an explicit min_evidence on a count criterion', () => {
    // 2 complaints reach flag 2 (severity 1), but min_evidence 4 scales it by 2/4 → 0.5; 10 × 0.5 = 5.
    const r = rubric('criteria:\n  - {id: c, metric: complaints, warn: 1, flag: 2, weight: 10, min_evidence: 4}\n');
    const rep = score(withEvents(['date: 2026-06-01, type: complaint', 'date: 2026-07-01, type: complaint']), r, { asOf: AS_OF });
    expect(rep.criteria[0]).toMatchObject({ value: 2, n: 2, minEvidence: 4, evidenceFactor: 0.5, severity: 0.5, pointsLost: 5, status: 'warn' });
  });

  it('takes an explicit min_evidence on a ratio too (1 makes one invoice enough)', () => {
    const r = rubric('criteria:\n  - {id: late, metric: late_invoice_ratio, warn: 0.2, flag: 0.5, weight: 30, min_evidence: 1}\n');
    expect(score(withEvents([late('2026-03-01')]), r, { asOf: AS_OF }).criteria[0]).toMatchObject({ minEvidence: 1, severity: 1, pointsLost: 30 });
  });

  it('leaves a criterion with no data alone: value null, factor 1, no thin-evidence note', () => {
    const rep = score(withEvents([]), LATE, { asOf: AS_OF });
    expect(rep.criteria[0]).toMatchObject({ value: null, n: 0, evidenceFactor: 1, severity: 0, status: 'ok' });
    expect(renderText(rep, { lang: 'en', t: en, style: plain })).not.toContain('thin evidence');
  });

  it('knows which built-in metrics are samples (3) and which are counts (1)', () => {
    const samples = ['late_invoice_ratio', 'days_late_avg', 'unanswered_ratio', 'response_days_median', 'unbillable_hours_ratio', 'effective_rate_ratio', 'team_mood_avg'];
    const up = { warn: 1, flag: 2 };
    for (const m of samples) expect(minEvidenceOf(up, metricFor(m)!), m).toBe(3);
    for (const m of ['overdue_amount', 'complaints', 'unbilled_scope_changes', 'client_delay_days', 'abuse', 'in_niche']) expect(minEvidenceOf(up, metricFor(m)!), m).toBe(1);
    expect(minEvidenceOf(up, metricFor({ count: ['late_call'] })!)).toBe(1);
    expect(minEvidenceOf({ ...up, min_evidence: 5 }, metricFor('late_invoice_ratio')!)).toBe(5);
    // Lower is worse: for a count, no events is the evidence, so it needs none by default.
    expect(minEvidenceOf({ warn: 2, flag: 0 }, metricFor({ count: ['check_in'] })!)).toBe(0);
    expect(minEvidenceOf({ warn: 3, flag: 2 }, metricFor('team_mood_avg')!)).toBe(3);
  });

  it('a lower-is-worse count is fully raised by zero events', () => {
    const R = rubric(`id: r\ncriteria:\n  - {id: checkins, metric: {count: [check_in]}, warn: 2, flag: 0, weight: 20}\n`);
    const fits = [0, 1, 2].map((n) => score(withEvents(Array.from({ length: n }, (_, i) => `date: 2026-11-0${i + 1}, type: check_in`)), R, { asOf: AS_OF }).fit);
    expect(fits).toEqual([80, 85, 90]);
  });

  it('says "thin evidence (1 of 3)" in the text report, in English and Spanish', () => {
    const rep = score(withEvents([late('2026-03-01')]), LATE, { asOf: AS_OF });
    expect(renderText(rep, { lang: 'en', t: en, style: plain })).toContain('(thin evidence (1 of 3))');
    expect(renderText(rep, { lang: 'es', t: es, style: plain })).toContain('(pocas pruebas (1 de 3))');
  });
});

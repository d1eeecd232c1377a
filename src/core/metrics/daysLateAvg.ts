import { daysLate, isLate, judgedInvoices, lateEvidence } from './invoices.js';
import { weightSum, type Metric } from './types.js';

/**
 * days_late_avg: mean days late over the late invoices due in the window (unpaid ones count
 * up to as-of; within `grace_days` is on time); a weighted mean with a half-life.
 */
export const daysLateAvg: Metric = {
  unit: 'days',
  reads: ['invoice'],
  ageing: ['decay', 'paid', 'fellDue', 'unpaid'],
  sample: true,
  compute(ctx) {
    const { judged, unknownPaidDates } = judgedInvoices(ctx);
    if (!judged.length) return { value: null, evidence: [], n: 0, unknownPaidDates };
    const late = judged.filter((i) => isLate(i, ctx));
    const total = weightSum(ctx, late);
    if (!late.length || total <= 0) return { value: 0, evidence: [], n: judged.length, unknownPaidDates };
    const days = late.reduce((s, i) => s + ctx.weight(i) * daysLate(i, ctx.asOf), 0);
    return { value: days / total, evidence: late.map((i) => lateEvidence(i, ctx.asOf)), n: judged.length, unknownPaidDates };
  },
};

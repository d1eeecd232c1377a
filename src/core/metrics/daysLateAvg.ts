import { daysLate, invoicesDue, lateEvidence } from './invoices.js';
import type { Metric } from './types.js';

/** days_late_avg: mean days late over the late invoices due in the window (unpaid ones count up to as-of). */
export const daysLateAvg: Metric = {
  unit: 'days',
  compute(ctx) {
    const due = invoicesDue(ctx);
    if (!due.length) return { value: null, evidence: [] };
    const late = due.filter((i) => daysLate(i, ctx.asOf) > 0);
    if (!late.length) return { value: 0, evidence: [] };
    const total = late.reduce((s, i) => s + daysLate(i, ctx.asOf), 0);
    return { value: total / late.length, evidence: late.map((i) => lateEvidence(i, ctx.asOf)) };
  },
};

import { invoicesDue, lateEvidence, owedAt } from './invoices.js';
import type { Metric } from './types.js';

/**
 * overdue_amount: what is still owed at as-of on invoices due in the window and past due
 * (amount less partial payments). Money owed does not fade with age: no half-life weighting.
 */
export const overdueAmount: Metric = {
  unit: 'money',
  reads: ['invoice'],
  ageing: ['paid', 'fellDue'],
  compute(ctx) {
    const due = invoicesDue(ctx);
    if (!due.length) return { value: null, evidence: [], n: 0 };
    const overdue = due.filter((i) => i.due! < ctx.asOf && owedAt(i, ctx.asOf) > 0);
    return {
      value: overdue.reduce((s, i) => s + Math.round(owedAt(i, ctx.asOf) * 100), 0) / 100,
      evidence: overdue.map((i) => lateEvidence(i, ctx.asOf)),
      n: overdue.length,
    };
  },
};

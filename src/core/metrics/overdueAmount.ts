import { invoicesDue, lateEvidence, paidBy } from './invoices.js';
import type { Metric } from './types.js';

/** overdue_amount: sum of invoices due in the window and still unpaid past due at as-of. */
export const overdueAmount: Metric = {
  unit: 'money',
  compute(ctx) {
    const due = invoicesDue(ctx);
    if (!due.length) return { value: null, evidence: [] };
    const overdue = due.filter((i) => !paidBy(i, ctx.asOf) && i.due! < ctx.asOf);
    return {
      value: overdue.reduce((s, i) => s + (i.amount ?? 0), 0),
      evidence: overdue.map((i) => lateEvidence(i, ctx.asOf)),
    };
  },
};

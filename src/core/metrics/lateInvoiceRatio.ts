import { daysLate, invoicesDue, lateEvidence } from './invoices.js';
import type { Metric } from './types.js';

/** late_invoice_ratio: share of invoices due in the window paid after `due`, or unpaid past it. */
export const lateInvoiceRatio: Metric = {
  unit: 'ratio',
  compute(ctx) {
    const due = invoicesDue(ctx);
    if (!due.length) return { value: null, evidence: [] };
    const late = due.filter((i) => daysLate(i, ctx.asOf) > 0);
    return { value: late.length / due.length, evidence: late.map((i) => lateEvidence(i, ctx.asOf)) };
  },
};

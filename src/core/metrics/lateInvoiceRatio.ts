import { isLate, judgedInvoices, lateEvidence } from './invoices.js';
import { weightSum, type Metric } from './types.js';

/**
 * late_invoice_ratio: share of invoices due in the window paid more than `grace_days` after
 * `due`, or unpaid past that; weighted by age when the criterion has a half-life.
 * Invoices paid on an unknown date (`paid: true`) are left out.
 */
export const lateInvoiceRatio: Metric = {
  unit: 'ratio',
  reads: ['invoice'],
  ageing: ['decay', 'paid', 'fellDue', 'unpaid'],
  sample: true,
  compute(ctx) {
    const { judged, unknownPaidDates } = judgedInvoices(ctx);
    const total = weightSum(ctx, judged);
    if (!judged.length || total <= 0) return { value: null, evidence: [], n: 0, unknownPaidDates };
    const late = judged.filter((i) => isLate(i, ctx));
    return { value: weightSum(ctx, late) / total, evidence: late.map((i) => lateEvidence(i, ctx.asOf)), n: judged.length, unknownPaidDates };
  },
};

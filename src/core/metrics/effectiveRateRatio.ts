import { hourlyRate, workIn } from './hours.js';
import { ofType, type Metric } from './types.js';

/**
 * effective_rate_ratio: (amount invoiced in the window ÷ hours worked in it) ÷ the contract's
 * hourly rate (or settings `target_rate`). Lower is worse. Null without invoices, hours or a rate.
 * Not weighted by age: a rate is a ratio of money to time over the same window.
 */
export const effectiveRateRatio: Metric = {
  unit: 'ratio',
  reads: ['invoice', 'work'],
  ageing: [],
  sample: true,
  compute(ctx) {
    const invoices = ofType(ctx, 'invoice');
    const { work, hours } = workIn(ctx);
    const rate = hourlyRate(ctx);
    if (!invoices.length || hours <= 0 || !rate) return { value: null, evidence: [], n: invoices.length };
    const invoiced = invoices.reduce((s, e) => s + (e.amount ?? 0), 0);
    return { value: invoiced / hours / rate.rate, evidence: [...invoices, ...work].map((event) => ({ event })), n: invoices.length };
  },
};

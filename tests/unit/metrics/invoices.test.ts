/** The invoice helpers behind late_invoice_ratio, days_late_avg and overdue_amount. */
import { describe, expect, it } from 'vitest';
import { daysLate, paidBy } from '../../../src/core/metrics/invoices.js';
import type { ClientEvent } from '../../../src/core/schema/event.js';

const inv = (due: string, paid?: string): ClientEvent => ({ date: '2026-01-01', type: 'invoice', ref: 'F-1', amount: 1, due, paid, file: 'f', line: 1 });

describe('paidBy', () => {
  it('is true only for a payment dated on or before as-of', () => {
    expect(paidBy(inv('2026-02-01', '2026-03-01'), '2026-03-01')).toBe(true);
    expect(paidBy(inv('2026-02-01', '2026-03-02'), '2026-03-01')).toBe(false);
    expect(paidBy(inv('2026-02-01'), '2026-03-01')).toBe(false);
  });
});

describe('daysLate', () => {
  it('counts from due to the payment, or to as-of when unpaid', () => {
    // Feb 2026 has 28 days: 02-01 → 03-01 is 28 days.
    expect(daysLate(inv('2026-02-01', '2026-03-01'), '2026-06-01')).toBe(28);
    // Unpaid: 02-01 → 02-11 (as-of) is 10 days.
    expect(daysLate(inv('2026-02-01'), '2026-02-11')).toBe(10);
    // Paid after as-of counts only up to as-of.
    expect(daysLate(inv('2026-02-01', '2026-05-01'), '2026-02-11')).toBe(10);
  });
  it('is 0 when paid on time, early, or not yet due', () => {
    expect(daysLate(inv('2026-02-01', '2026-02-01'), '2026-06-01')).toBe(0);
    expect(daysLate(inv('2026-02-01', '2026-01-15'), '2026-06-01')).toBe(0);
    expect(daysLate(inv('2026-07-01'), '2026-06-01')).toBe(0);
  });
  it('counts calendar days across a leap day and a year end', () => {
    expect(daysLate(inv('2024-02-28', '2024-03-01'), '2024-12-31')).toBe(2);
    expect(daysLate(inv('2025-12-31', '2026-01-02'), '2026-12-31')).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { unpaidInvoices } from '../../../src/core/exit/unpaidInvoices.js';
import { withEvents } from '../build.js';

const AS_OF = '2026-11-24';

describe('unpaidInvoices', () => {
  // Line n + 2 holds the n-th event (see withEvents).
  const c = withEvents([
    'date: 2026-08-31, type: invoice, ref: F-40, amount: 1680, due: 2026-09-30', // unpaid, 55 days overdue
    'date: 2026-05-04, type: invoice, ref: F-22, amount: 1200, due: 2026-06-03, paid: 2026-06-02', // paid: not owed
    'date: 2026-10-19, type: invoice, ref: F-47, amount: 1440, due: 2026-11-18', // unpaid, 6 days overdue
    'date: 2026-11-01, type: invoice, ref: 7, amount: 300, due: 2026-12-01, paid: 2026-12-02', // paid after as-of: still owed, not due
    'date: 2026-11-30, type: invoice, ref: F-50, amount: 999, due: 2026-12-30', // issued after as-of: not yet an invoice
    'date: 2026-11-02, type: complaint',
  ]);
  const u = unpaidInvoices(c.events, AS_OF);

  it('lists invoices issued by as-of and not paid by then, oldest due date first', () => {
    expect(u.items.map((i) => i.ref)).toEqual(['F-40', 'F-47', '7']);
  });
  it('sums them: 1680 + 1440 + 300 = 3420', () => {
    expect(u.total).toBe(3420);
  });
  it('counts days overdue at as-of, 0 when not yet due', () => {
    // 2026-09-30 → 2026-11-24: 31 (Oct) + 24 = 55; 2026-11-18 → 2026-11-24: 6
    expect(u.items.map((i) => i.daysOverdue)).toEqual([55, 6, 0]);
  });
  it('keeps where each invoice is written', () => {
    expect(u.items.map((i) => `${i.file}:${i.line}`)).toEqual(['c.yaml:3', 'c.yaml:5', 'c.yaml:6']);
  });
  it('adds in cents, so 0.1 + 0.2 is 0.3', () => {
    const d = withEvents(['date: 2026-01-01, type: invoice, ref: F-1, amount: 0.1, due: 2026-01-31', 'date: 2026-01-02, type: invoice, ref: F-2, amount: 0.2, due: 2026-01-31']);
    expect(unpaidInvoices(d.events, AS_OF).total).toBe(0.3);
  });
  it('is empty, total 0, when everything is paid', () => {
    const d = withEvents(['date: 2026-01-01, type: invoice, ref: F-1, amount: 10, due: 2026-01-31, paid: 2026-01-20']);
    expect(unpaidInvoices(d.events, AS_OF)).toEqual({ items: [], total: 0 });
  });
  it('never meets an invoice without ref: the schema refuses it first, asking for one', () => {
    expect(() => withEvents(['date: 2026-01-01, type: invoice, amount: 10, due: 2026-01-31'])).toThrow(
      "`events[0].ref` is required here\",\"expected\":\"the invoice's number, such as  ref: F-2026-001",
    );
  });
});

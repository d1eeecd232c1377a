/**
 * late_invoice_ratio: invoices whose `due` falls in the window (start < due <= as-of),
 * judged at as-of. As-of is 2026-11-24 throughout; the 12m window starts (exclusive)
 * on 2025-11-24.
 */
import { describe, expect, it } from 'vitest';
import { evidenceDates, run, valueOf, withEvents } from '../build.js';

const AS_OF = '2026-11-24';
/** Each invoice its own ref, as every invoice needs one. */
let refs = 0;
const inv = (due: string, paid?: string, date = '2025-12-01') =>
  `date: ${date}, type: invoice, ref: F-${++refs}, amount: 100, due: ${due}${paid ? `, paid: ${paid}` : ''}`;

describe('late_invoice_ratio', () => {
  it('is the share of invoices paid after due or unpaid past it', () => {
    const c = withEvents([
      inv('2026-03-01', '2026-03-01'), // paid on the due date: on time
      inv('2026-04-01', '2026-04-11'), // paid 10 days late
      inv('2026-05-01'), // never paid, past due: late
      inv('2026-06-01', '2026-05-20'), // paid early
    ]);
    // 2 late out of 4 due in the window.
    const r = run('late_invoice_ratio', c, AS_OF);
    expect(r.value).toBe(0.5);
    expect(r.evidence.map((e) => e.event.due).sort()).toEqual(['2026-04-01', '2026-05-01']);
    expect(r.evidence.map((e) => e.fact?.kind).sort()).toEqual(['paidLate', 'unpaid']);
  });

  it('treats an invoice paid on its due date as on time', () => {
    expect(valueOf('late_invoice_ratio', withEvents([inv('2026-03-01', '2026-03-01')]), AS_OF)).toBe(0);
  });

  it('judges at as-of: a payment dated after as-of counts as unpaid', () => {
    // Due 2026-11-01, paid 2026-12-01 (after as-of): at as-of it is 23 days overdue.
    const r = run('late_invoice_ratio', withEvents([inv('2026-11-01', '2026-12-01')]), AS_OF);
    expect(r.value).toBe(1);
    expect(r.evidence[0]?.fact).toEqual({ kind: 'unpaid', days: 23 });
  });

  it('does not call an unpaid invoice due on as-of late yet', () => {
    // Due today and unpaid: in the window (counts in the denominator) but not late.
    expect(valueOf('late_invoice_ratio', withEvents([inv(AS_OF)]), AS_OF)).toBe(0);
  });

  it('counts an unpaid invoice due the day before as-of as late', () => {
    expect(valueOf('late_invoice_ratio', withEvents([inv('2026-11-23')]), AS_OF)).toBe(1);
  });

  describe('window edges (by due date)', () => {
    it('leaves out an invoice due on the window start day', () => {
      expect(valueOf('late_invoice_ratio', withEvents([inv('2025-11-24')]), AS_OF)).toBeNull();
    });
    it('includes one due the day after the window start', () => {
      expect(valueOf('late_invoice_ratio', withEvents([inv('2025-11-25')]), AS_OF)).toBe(1);
    });
    it('includes one due on as-of', () => {
      expect(valueOf('late_invoice_ratio', withEvents([inv(AS_OF)]), AS_OF)).toBe(0);
    });
    it('leaves out one due after as-of', () => {
      expect(valueOf('late_invoice_ratio', withEvents([inv('2026-11-25', undefined, '2026-11-01')]), AS_OF)).toBeNull();
    });
    it('honours a short window: 30d starts (exclusive) on 2026-10-25', () => {
      const c = withEvents([inv('2026-10-25'), inv('2026-10-26', '2026-10-26')]);
      // Only the one due 10-26 is in the window, and it was paid on time.
      const r = run('late_invoice_ratio', c, AS_OF, { window: '30d' });
      expect(r.value).toBe(0);
    });
  });

  it('is null, not 0, with no invoices due in the window', () => {
    expect(valueOf('late_invoice_ratio', withEvents(['date: 2026-01-01, type: complaint']), AS_OF)).toBeNull();
    expect(valueOf('late_invoice_ratio', withEvents([]), AS_OF)).toBeNull();
  });

  it('points its evidence at the events’ file and line', () => {
    const r = run('late_invoice_ratio', withEvents([inv('2026-03-01', '2026-03-01'), inv('2026-05-01')]), AS_OF);
    // Line 1 `name`, line 2 `events:`, the second event on line 4.
    expect(r.evidence.map((e) => [e.event.file, e.event.line])).toEqual([['c.yaml', 4]]);
    expect(evidenceDates(r)).toEqual(['2025-12-01']);
  });
});

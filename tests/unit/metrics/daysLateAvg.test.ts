/** days_late_avg: mean days late over the late invoices due in the window. As-of 2026-11-24. */
import { describe, expect, it } from 'vitest';
import { run, valueOf, withEvents } from '../build.js';

const AS_OF = '2026-11-24';
/** Each invoice its own ref, as every invoice needs one. */
let refs = 0;
const inv = (due: string, paid?: string) => `date: 2025-12-01, type: invoice, ref: F-${++refs}, amount: 100, due: ${due}${paid ? `, paid: ${paid}` : ''}`;

describe('days_late_avg', () => {
  it('averages over the late invoices only, unpaid ones counting up to as-of', () => {
    const c = withEvents([
      inv('2026-03-01', '2026-03-01'), // on time: not in the average
      inv('2026-04-01', '2026-04-11'), // 10 days late
      // Unpaid since 05-01: May 31 + Jun 30 + Jul 31 + Aug 31 + Sep 30 + Oct 31 = 184 days to
      // 11-01, + 23 to 11-24 = 207 days.
      inv('2026-05-01'),
    ]);
    const r = run('days_late_avg', c, AS_OF);
    expect(r.value).toBe((10 + 207) / 2); // 108.5
    expect(r.evidence).toHaveLength(2);
  });

  it('counts a payment dated after as-of only up to as-of', () => {
    // Due 11-14, paid 12-20 (after as-of): 10 days late at as-of, not 36.
    expect(valueOf('days_late_avg', withEvents([inv('2026-11-14', '2026-12-20')]), AS_OF)).toBe(10);
  });

  it('is 0 when every invoice due in the window was paid on time', () => {
    expect(valueOf('days_late_avg', withEvents([inv('2026-03-01', '2026-03-01'), inv('2026-04-01', '2026-03-30')]), AS_OF)).toBe(0);
  });

  it('uses the window on the due date', () => {
    // Due on the window start: out (it would add 365 unpaid days if it counted).
    const c = withEvents([inv('2025-11-24'), inv('2026-11-14', '2026-11-16'), inv(AS_OF)]);
    // In the window: 11-14 (2 days late) and 11-24 (not late) → mean over late = 2.
    expect(valueOf('days_late_avg', c, AS_OF)).toBe(2);
    // Only an invoice due after as-of: no data.
    expect(valueOf('days_late_avg', withEvents([inv('2026-11-25')]), AS_OF)).toBeNull();
  });

  it('is null with no invoices due in the window', () => {
    expect(valueOf('days_late_avg', withEvents(['date: 2026-01-01, type: work, hours: 3']), AS_OF)).toBeNull();
  });
});

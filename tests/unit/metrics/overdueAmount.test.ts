/** overdue_amount: sum of invoices due in the window and still unpaid past due at as-of. */
import { describe, expect, it } from 'vitest';
import { run, valueOf, withEvents } from '../build.js';

const AS_OF = '2026-11-24';
/** Each invoice its own ref, as every invoice needs one. */
let refs = 0;
const inv = (amount: number, due: string, paid?: string) =>
  `date: 2025-12-01, type: invoice, ref: F-${++refs}, amount: ${amount}, due: ${due}${paid ? `, paid: ${paid}` : ''}`;

describe('overdue_amount', () => {
  it('sums the unpaid invoices past due', () => {
    const c = withEvents([
      inv(1000, '2026-03-01'), // unpaid, overdue
      inv(250.5, '2026-06-01'), // unpaid, overdue
      inv(400, '2026-04-01', '2026-05-01'), // paid late, but paid: not overdue now
      inv(900, AS_OF), // due today: not past due yet
    ]);
    const r = run('overdue_amount', c, AS_OF);
    expect(r.value).toBe(1250.5);
    expect(r.evidence.map((e) => e.event.amount).sort()).toEqual([1000, 250.5]);
    expect(r.evidence.every((e) => e.fact?.kind === 'unpaid')).toBe(true);
  });

  it('counts an invoice paid after as-of as still unpaid', () => {
    expect(valueOf('overdue_amount', withEvents([inv(300, '2026-11-01', '2026-12-01')]), AS_OF)).toBe(300);
  });

  it('is 0 (there is data) when every invoice due is paid', () => {
    expect(valueOf('overdue_amount', withEvents([inv(300, '2026-11-01', '2026-11-01')]), AS_OF)).toBe(0);
  });

  it('follows the window edges on the due date', () => {
    expect(valueOf('overdue_amount', withEvents([inv(300, '2025-11-24')]), AS_OF)).toBeNull();
    expect(valueOf('overdue_amount', withEvents([inv(300, '2025-11-25')]), AS_OF)).toBe(300);
    expect(valueOf('overdue_amount', withEvents([inv(300, '2026-11-25')]), AS_OF)).toBeNull();
  });

  it('is null with no invoices due in the window', () => {
    expect(valueOf('overdue_amount', withEvents([]), AS_OF)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { currencyTotals, grandTotal, revenueShare } from '../../../src/core/portfolio/shares.js';
import { summary } from './summaries.js';

describe('revenue shares', () => {
  it('divides within one currency', () => {
    const cs = [summary({ id: 'a', revenue: 3000 }), summary({ id: 'b', revenue: 1000 }), summary({ id: 'c', revenue: 0 })];
    const totals = currencyTotals(cs);
    expect(totals).toEqual([{ currency: 'EUR', revenue: 4000, clients: 3 }]);
    // 3000 / 4000 = 0.75, 1000 / 4000 = 0.25, 0 / 4000 = 0
    expect(cs.map((c) => revenueShare(c, totals))).toEqual([0.75, 0.25, 0]);
    expect(grandTotal(totals)).toEqual({ revenue: 4000, currency: 'EUR' });
  });

  it('never adds different currencies: shares within each, no grand total', () => {
    const cs = [summary({ id: 'a', revenue: 1000 }), summary({ id: 'b', revenue: 3000 }), summary({ id: 'g', revenue: 500, currency: 'GBP' })];
    const totals = currencyTotals(cs);
    expect(totals).toEqual([
      { currency: 'EUR', revenue: 4000, clients: 2 },
      { currency: 'GBP', revenue: 500, clients: 1 },
    ]);
    // 500 is all of the GBP revenue
    expect(revenueShare(cs[2]!, totals)).toBe(1);
    expect(revenueShare(cs[0]!, totals)).toBe(0.25);
    expect(grandTotal(totals)).toEqual({ revenue: null, currency: null });
  });

  it('treats an undeclared currency as its own group, and a currency with no revenue as no share', () => {
    const cs = [summary({ id: 'a', revenue: 200, currency: null }), summary({ id: 'b', revenue: 0, currency: 'USD' })];
    const totals = currencyTotals(cs);
    expect(revenueShare(cs[0]!, totals)).toBe(1);
    expect(revenueShare(cs[1]!, totals)).toBeNull();
    // only one currency actually earned something: its total stands
    expect(grandTotal(totals)).toEqual({ revenue: 200, currency: null });
  });

  it('rounds shares to four decimals and totals to cents', () => {
    const cs = [summary({ id: 'a', revenue: 1 }), summary({ id: 'b', revenue: 2 }), summary({ id: 'c', revenue: 0.1 + 0.2 })];
    const totals = currencyTotals(cs);
    expect(totals[0]!.revenue).toBe(3.3);
    // 1 / 3.3 = 0.303030…
    expect(revenueShare(cs[0]!, totals)).toBe(0.303);
  });

  it('gives a zero total for an empty portfolio', () => {
    expect(grandTotal(currencyTotals([]))).toEqual({ revenue: 0, currency: null });
  });
});

import type { ClientSummary, CurrencyTotal } from './types.js';

const round4 = (n: number) => Math.round(n * 10000) / 10000;
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Revenue per currency. Amounts in different currencies are never added together: a
 * client without a declared currency forms its own group (currency null).
 */
export function currencyTotals(clients: readonly ClientSummary[]): CurrencyTotal[] {
  const by = new Map<string | null, CurrencyTotal>();
  for (const c of clients) {
    let t = by.get(c.currency);
    if (!t) by.set(c.currency, (t = { currency: c.currency, revenue: 0, clients: 0 }));
    t.revenue += c.revenue;
    t.clients++;
  }
  // Largest revenue first; the order of the rest is stable by currency code.
  return [...by.values()]
    .map((t) => ({ ...t, revenue: round2(t.revenue) }))
    .sort((a, b) => b.revenue - a.revenue || String(a.currency).localeCompare(String(b.currency)));
}

/** Share (0–1) of the revenue in the client's own currency; null when that currency has none. */
export function revenueShare(c: ClientSummary, totals: readonly CurrencyTotal[]): number | null {
  const t = totals.find((x) => x.currency === c.currency);
  return t && t.revenue > 0 ? round4(c.revenue / t.revenue) : null;
}

/**
 * The portfolio's single total: the sum when every client with revenue bills in one
 * currency (or none declares one); revenue and currency null when currencies are mixed.
 */
export function grandTotal(totals: readonly CurrencyTotal[]): { revenue: number | null; currency: string | null } {
  const earning = totals.filter((t) => t.revenue > 0);
  if (earning.length > 1) return { revenue: null, currency: null };
  const only = earning[0] ?? (totals.length === 1 ? totals[0] : undefined);
  return { revenue: only?.revenue ?? 0, currency: only?.currency ?? null };
}

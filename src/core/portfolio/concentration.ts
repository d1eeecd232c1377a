import type { Concentration, CurrencyTotal, PortfolioRow } from './types.js';

/**
 * From this share of the revenue in one currency, losing the client is a risk to weigh
 * before acting on its verdict (a common rule of thumb for freelancers and agencies).
 */
export const CONCENTRATION_SHARE = 0.3;

/**
 * Clients carrying at least CONCENTRATION_SHARE of the revenue in their currency, largest
 * first. A currency with a single client is skipped when there are others: 100% of a
 * side currency says nothing about dependence. A portfolio of one is not judged.
 */
export function concentration(rows: readonly PortfolioRow[], totals: readonly CurrencyTotal[], threshold = CONCENTRATION_SHARE): Concentration[] {
  if (rows.length < 2) return [];
  const out: Concentration[] = [];
  for (const row of rows) {
    if (row.revenueShare === null || row.revenueShare < threshold) continue;
    const group = totals.find((t) => t.currency === row.currency);
    if (group && group.clients < 2 && totals.length > 1) continue;
    out.push({ row, share: row.revenueShare });
  }
  return out.sort((a, b) => b.share - a.share || a.row.rank - b.row.rank);
}

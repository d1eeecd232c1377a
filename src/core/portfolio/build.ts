import type { Rubric } from '../schema/rubric.js';
import { concentration } from './concentration.js';
import { rankClients } from './rank.js';
import { reviewFirst } from './reviewFirst.js';
import { currencyTotals, grandTotal, revenueShare } from './shares.js';
import type { ClientSummary, Portfolio } from './types.js';

export interface PortfolioInput {
  asOf: string;
  rubric: Pick<Rubric, 'id' | 'file' | 'window' | 'criteria' | 'bands'>;
  clients: readonly ClientSummary[];
  skipped?: Portfolio['skipped'];
}

/** Ranks the scored clients and derives shares, totals, the review list and concentration warnings. */
export function buildPortfolio(input: PortfolioInput): Portfolio {
  const byCurrency = currencyTotals(input.clients);
  const rows = rankClients(input.clients).map((c, i) => ({ ...c, rank: i + 1, revenueShare: revenueShare(c, byCurrency) }));
  const counts = { keep: 0, review: 0, exit: 0 };
  for (const r of rows) counts[r.verdict]++;
  const { list, more } = reviewFirst(rows);
  return {
    asOf: input.asOf,
    rubric: input.rubric,
    rows,
    totals: { ...grandTotal(byCurrency), byCurrency },
    counts,
    reviewFirst: list,
    reviewMore: more,
    concentration: concentration(rows, byCurrency),
    skipped: input.skipped ?? { logs: 0, rubrics: 0 },
  };
}

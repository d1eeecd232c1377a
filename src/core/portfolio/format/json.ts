import { safeJson } from '../../render/safeText.js';
import type { Portfolio } from '../types.js';
import { TOP_FLAGS } from './options.js';

/**
 * The design's `clientfit/portfolio@1` object. Two additive fields make mixed currencies
 * readable: each client's `currency`, and `totals.byCurrency` (amounts are never summed
 * across currencies; `totals.revenue`/`currency` are null when they are mixed).
 */
export function portfolioJson(p: Portfolio) {
  return {
    schema: 'clientfit/portfolio@1',
    asOf: p.asOf,
    clients: p.rows.map((r) => ({
      id: r.id,
      name: r.name,
      file: r.file,
      fit: r.fit,
      verdict: r.verdict,
      revenue: r.revenue,
      currency: r.currency,
      revenueShare: r.revenueShare,
      topFlags: r.flags.slice(0, TOP_FLAGS),
      dataWarnings: r.warnings.length,
    })),
    totals: {
      revenue: p.totals.revenue,
      currency: p.totals.currency,
      byCurrency: p.totals.byCurrency.map((c) => ({ currency: c.currency, revenue: c.revenue, clients: c.clients })),
    },
  };
}

export function renderPortfolioJson(p: Portfolio): string {
  return safeJson(portfolioJson(p)) + '\n';
}

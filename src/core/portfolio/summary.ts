import { round2, type Report } from '../score.js';
import type { ClientSummary } from './types.js';

/**
 * Reduces a full score report to the portfolio's row: fit, verdict, revenue and the raised
 * criteria (most points lost first, then by id so ties read the same on every run).
 */
export function clientSummary(r: Report): ClientSummary {
  const raised = r.criteria.filter((c) => c.status !== 'ok');
  raised.sort((a, b) => b.pointsLost - a.pointsLost || (a.criterion.id < b.criterion.id ? -1 : a.criterion.id > b.criterion.id ? 1 : 0));
  return {
    id: r.client.id,
    name: r.client.name,
    file: r.client.file,
    fit: r.fit,
    verdict: r.verdict,
    pointsLost: round2(r.criteria.reduce((s, c) => s + c.pointsLost, 0)),
    revenue: r.value.revenue,
    currency: r.value.currency,
    flags: raised.map((c) => c.criterion.id),
    dealbreakers: r.dealbreakers,
    warnings: r.client.dataQuality?.warnings ?? [],
  };
}

import type { PortfolioRow } from './types.js';

/** How many clients the "review first" list names; the table shows the rest. */
export const REVIEW_FIRST_MAX = 5;

/**
 * Who to look at first: dealbreakers, then exits, then reviews, each worst fit first
 * (rows arrive ranked). Keeps are never listed.
 */
export function reviewFirst(rows: readonly PortfolioRow[], max = REVIEW_FIRST_MAX): { list: PortfolioRow[]; more: number } {
  const tier = (r: PortfolioRow) => (r.dealbreakers.length ? 0 : r.verdict === 'exit' ? 1 : 2);
  const candidates = rows.filter((r) => r.verdict !== 'keep');
  const list = [...candidates].sort((a, b) => tier(a) - tier(b) || a.rank - b.rank).slice(0, max);
  return { list, more: candidates.length - list.length };
}

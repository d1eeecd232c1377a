import { pick } from '../../i18n/index.js';
import { money, percent } from '../../render/numbers.js';
import { safe } from '../../render/safeText.js';
import type { Concentration, Portfolio, PortfolioRow } from '../types.js';
import type { PortfolioRenderOptions } from './options.js';

/**
 * Shared wording of the text and Markdown views, so both say the same thing. Currency
 * codes come from user files and go through `safe()` here; names are escaped by the caller
 * (plain `safe()` for text, `mdEscape()` for Markdown).
 */
const cur = (c: string | null) => (c === null ? null : safe(c));

export function revenueCell(r: PortfolioRow, o: PortfolioRenderOptions): string {
  return safe(money(r.revenue, r.currency, o.t));
}

export function shareCell(r: PortfolioRow, o: PortfolioRenderOptions): string {
  return r.revenueShare === null ? o.pt.none : percent(r.revenueShare, o.t);
}

/** Titles of a client's raised criteria in the user's language (ids when untitled). */
export function flagTitles(p: Portfolio, r: PortfolioRow, o: PortfolioRenderOptions, max = 3): string[] {
  return r.flags.slice(0, max).map((id) => {
    const c = p.rubric.criteria.find((x) => x.id === id);
    return (c && pick(c.title, o.lang)) || id;
  });
}

/**
 * "exit, fit 0 · 33% of your EUR revenue". The share is left out when it says nothing:
 * zero, or 100% only because the client is alone in a currency among several.
 */
export function reviewDetail(p: Portfolio, r: PortfolioRow, o: PortfolioRenderOptions): string {
  const parts = [o.pt.reviewLine(o.t.verdict[r.verdict] ?? r.verdict, r.fit)];
  if (r.dealbreakers.length) parts.push(o.pt.dealbreaker);
  const alone = p.totals.byCurrency.length > 1 && p.totals.byCurrency.find((c) => c.currency === r.currency)?.clients === 1;
  if (r.revenueShare !== null && r.revenueShare > 0 && !alone) parts.push(o.pt.shareOf(percent(r.revenueShare, o.t), cur(r.currency)));
  return parts.join(' · ');
}

export function concentrationText(c: Concentration, name: string, o: PortfolioRenderOptions): string {
  const shareOf = o.pt.shareOf(percent(c.share, o.t), cur(c.row.currency));
  return c.row.verdict === 'keep' ? o.pt.concentrationKeep(name, shareOf) : o.pt.concentrationAtRisk(name, shareOf, o.t.verdict[c.row.verdict] ?? c.row.verdict);
}

/** The closing notes: mixed currencies, or the single total. */
export function totalsLine(p: Portfolio, o: PortfolioRenderOptions): string | null {
  const earning = p.totals.byCurrency.filter((c) => c.revenue > 0);
  if (p.totals.revenue === null) return o.pt.mixedCurrencies(earning.map((c) => cur(c.currency) ?? o.pt.noCurrency).join(', '));
  if (!p.rows.length) return null;
  return o.pt.total(safe(money(p.totals.revenue, p.totals.currency, o.t)));
}

export function skippedLine(p: Portfolio, o: PortfolioRenderOptions): string | null {
  const { logs, rubrics } = p.skipped;
  const parts = [logs ? o.pt.skippedLogs(logs) : '', rubrics ? o.pt.skippedRubrics(rubrics) : ''].filter(Boolean);
  return parts.length ? o.pt.skipped(parts.join(', ')) : null;
}

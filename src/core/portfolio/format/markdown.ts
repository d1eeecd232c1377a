import { mdEscape } from '../../render/markdown.js';
import type { Portfolio } from '../types.js';
import { TOP_FLAGS, type PortfolioRenderOptions } from './options.js';
import { concentrationText, flagTitles, revenueCell, reviewDetail, shareCell, skippedLine, totalsLine } from './parts.js';

/** The portfolio as Markdown for notes or a pull request: every piece of user text escaped. */
export function renderPortfolioMarkdown(p: Portfolio, o: PortfolioRenderOptions): string {
  const { pt, t } = o;
  const out: string[] = [];
  out.push(`## ${pt.title(p.rows.length)}`, '');
  out.push(`${pt.counts(p.counts.keep, p.counts.review, p.counts.exit)} · ${mdEscape(pt.header(p.asOf, p.rubric.id, p.rubric.window))}`, '');
  if (p.rows.length) {
    const c = pt.col;
    out.push(`| ${c.rank} | ${c.client} | ${c.fit} | ${c.verdict} | ${c.revenue(p.rubric.window)} | ${c.share} | ${c.flags} |`);
    out.push('|--:|---|--:|---|--:|--:|---|');
    for (const r of p.rows) {
      const flags = r.flags.slice(0, TOP_FLAGS).map(mdEscape).join(', ');
      out.push(`| ${r.rank} | ${mdEscape(r.name)} | ${r.fit} | ${t.verdict[r.verdict]} | ${mdEscape(revenueCell(r, o))} | ${shareCell(r, o)} | ${flags} |`);
    }
    out.push('');
  }
  out.push(`### ${pt.reviewFirst}`, '');
  if (!p.reviewFirst.length) out.push(pt.reviewNone, '');
  p.reviewFirst.forEach((r, i) => {
    const titles = flagTitles(p, r, o).map(mdEscape).join(' · ');
    out.push(`${i + 1}. **${mdEscape(r.name)}** — ${mdEscape(reviewDetail(p, r, o))}${titles ? `: ${titles}` : ''}`);
  });
  if (p.reviewFirst.length) {
    if (p.reviewMore) out.push('', `_${mdEscape(pt.reviewMore(p.reviewMore))}_`);
    out.push('', `_${mdEscape(pt.details(p.reviewFirst[0]!.file))}_`, '');
  }
  const doubtful = p.rows.filter((r) => r.warnings.length);
  if (doubtful.length) {
    out.push(`### ${pt.dataQualityTitle(doubtful.length)}`, '');
    for (const r of doubtful) out.push(`- ⚠ ${mdEscape(r.name)}: ${pt.dataWarnings(r.warnings.length)}`);
    out.push('');
  }
  if (p.concentration.length) {
    out.push(`### ${pt.concentrationTitle}`, '');
    for (const c of p.concentration) out.push(`- ⚠ ${concentrationText(c, mdEscape(c.row.name), { ...o, pt: escapedShare(o) })}`);
    out.push('');
  }
  for (const n of [totalsLine(p, o), skippedLine(p, o)]) if (n) out.push(`_${mdEscape(n)}_`, '');
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

/** Currency codes come from user files: escape them inside the concentration sentence too. */
function escapedShare(o: PortfolioRenderOptions): PortfolioRenderOptions['pt'] {
  return { ...o.pt, shareOf: (share, currency) => o.pt.shareOf(share, currency === null ? null : mdEscape(currency)) };
}

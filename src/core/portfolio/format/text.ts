import { safe } from '../../render/safeText.js';
import type { Verdict } from '../../score.js';
import type { Portfolio } from '../types.js';
import { TOP_FLAGS, type PortfolioRenderOptions } from './options.js';
import { concentrationText, flagTitles, revenueCell, reviewDetail, shareCell, skippedLine, totalsLine } from './parts.js';

/** Names longer than this are cut with an ellipsis so the table stays scannable. */
const NAME_MAX = 32;

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/**
 * The terminal view: one table a person scans in seconds (worst fit first), then who to
 * review first, then any revenue concentration to weigh before acting.
 */
export function renderPortfolioText(p: Portfolio, o: PortfolioRenderOptions): string {
  const { pt, t, style: s } = o;
  const colour: Record<Verdict, (x: string) => string> = { keep: s.green, review: s.yellow, exit: s.red };
  const out: string[] = [];
  out.push(`${s.bold(pt.title(p.rows.length))}  ${s.dim(pt.counts(p.counts.keep, p.counts.review, p.counts.exit))}`);
  out.push(s.dim(pt.header(p.asOf, safe(p.rubric.id), p.rubric.window)));
  out.push('');
  const head = [pt.col.rank, pt.col.client, pt.col.fit, pt.col.verdict, pt.col.revenue(p.rubric.window), pt.col.share, pt.col.flags];
  const cells = p.rows.map((r) => [
    String(r.rank),
    clip(safe(r.name), NAME_MAX),
    String(r.fit),
    t.verdict[r.verdict] ?? r.verdict,
    revenueCell(r, o),
    shareCell(r, o),
    safe(r.flags.slice(0, TOP_FLAGS).join(', ')),
  ]);
  const width = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  // Numbers right-aligned, words left-aligned; the last column is not padded.
  const right = [true, false, true, false, true, true, false];
  const line = (c: string[], paint?: (i: number, v: string) => string) =>
    '  ' +
    c
      .map((v, i) => {
        const padded = i === c.length - 1 ? v : right[i] ? v.padStart(width[i]!) : v.padEnd(width[i]!);
        return paint ? paint(i, padded) : padded;
      })
      .join('  ')
      .trimEnd();
  out.push(s.bold(line(head)));
  p.rows.forEach((r, k) => out.push(line(cells[k]!, (i, v) => (i === 3 || i === 2 ? colour[r.verdict](v) : i === 6 ? s.dim(v) : v))));

  out.push('', s.bold(pt.reviewFirst));
  if (!p.reviewFirst.length) out.push(`  ${s.green(pt.reviewNone)}`);
  p.reviewFirst.forEach((r, i) => {
    out.push(`  ${i + 1}. ${s.bold(safe(r.name))} — ${colour[r.verdict](reviewDetail(p, r, o))}`);
    const titles = flagTitles(p, r, o);
    if (titles.length) out.push(`     ${s.dim(titles.map(safe).join(' · '))}`);
  });
  if (p.reviewMore) out.push(`  ${s.dim(pt.reviewMore(p.reviewMore))}`);
  if (p.reviewFirst[0]) out.push(`  ${s.dim(pt.details(safe(p.reviewFirst[0].file)))}`);

  if (p.concentration.length) {
    out.push('', s.bold(pt.concentrationTitle));
    for (const c of p.concentration) out.push(`  ${s.yellow('⚠')} ${concentrationText(c, safe(c.row.name), o)}`);
  }
  const doubtful = p.rows.filter((r) => r.warnings.length);
  if (doubtful.length) {
    out.push('', s.bold(pt.dataQualityTitle(doubtful.length)));
    for (const r of doubtful) out.push(`  ${s.yellow('⚠')} ${safe(r.name)}: ${pt.dataWarnings(r.warnings.length)}`);
  }
  const notes = [totalsLine(p, o), skippedLine(p, o)].filter((x): x is string => x !== null);
  if (notes.length) out.push('', ...notes.map((n) => s.dim(n)));
  return out.join('\n') + '\n';
}

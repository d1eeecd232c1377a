import { messages } from '../../i18n/index.js';
import { fitAxis, fitZones, marker, n } from '../../render/html/charts.js';
import { COLOURS, esc, page } from '../../render/html/page.js';
import { percent } from '../../render/numbers.js';
import type { Portfolio, PortfolioRow } from '../types.js';
import type { PortfolioRenderOptions } from './options.js';
import { concentrationText, flagTitles, revenueCell, reviewDetail, shareCell, skippedLine, totalsLine } from './parts.js';

/** The x axis runs to the next 10% above the largest share, so small shares are not crowded at 0. */
function shareMax(p: Portfolio): number {
  const top = p.rows.reduce((m, r) => Math.max(m, r.revenueShare ?? 0), 0);
  return Math.min(1, Math.max(0.1, Math.ceil(top * 10) / 10));
}

/** Every client placed by fit (up) and revenue share (right), bands shaded, one mark each. */
function scatter(p: Portfolio, o: PortfolioRenderOptions): string {
  const h = messages(o.lang).html;
  const { t } = o;
  const W = 640;
  const H = 400;
  const area = { x: 48, y: 12, w: W - 48 - 64, h: H - 56 };
  const max = shareMax(p);
  const xOf = (s: number | null) => area.x + ((s ?? 0) / max) * area.w;
  const yOf = (fit: number) => area.y + area.h - (fit / 100) * area.h;
  const bands = p.rubric.bands;
  const labels = { keep: t.verdict.keep!, review: t.verdict.review!, exit: t.verdict.exit! };
  const ticks = [0, 0.25, 0.5, 0.75, 1]
    .map((f) => f * max)
    .map((s) => `<text x="${n(xOf(s))}" y="${n(area.y + area.h + 16)}" text-anchor="middle">${esc(percent(s, t))}</text>`)
    .join('');
  // Later rows are drawn last: the worst fits, listed first, end up on top.
  const marks = [...p.rows]
    .reverse()
    .map((r) => marker(r.verdict, xOf(r.revenueShare), yOf(r.fit), 7, `class="client" data-id="${esc(r.id)}" data-fit="${r.fit}"`, `${r.name} — ${t.verdict[r.verdict] ?? r.verdict}, ${t.report.fit} ${r.fit} · ${shareCell(r, o)}`))
    .join('\n');
  return `<figure class="scatter"><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(h.scatterCaption(p.rows.length))}">
${fitZones(area, bands, labels)}${fitAxis(area, bands)}${ticks}
<text x="${n(area.x + area.w / 2)}" y="${H - 8}" text-anchor="middle" class="zone-label">${esc(h.xShare)}</text>
<text x="14" y="${n(area.y + area.h / 2)}" text-anchor="middle" class="zone-label" transform="rotate(-90 14 ${n(area.y + area.h / 2)})">${esc(h.yFit)}</text>
<line x1="${area.x}" y1="${n(area.y + area.h)}" x2="${n(area.x + area.w)}" y2="${n(area.y + area.h)}" stroke="${COLOURS.muted}"/>
${marks}
</svg><figcaption>${esc(h.scatterCaption(p.rows.length))}</figcaption></figure>`;
}

function row(p: Portfolio, r: PortfolioRow, o: PortfolioRenderOptions): string {
  const { t } = o;
  const flags = flagTitles(p, r, o);
  return `<tr data-id="${esc(r.id)}"><td class="num">${r.rank}</td><td>${esc(r.name)}${flags.length ? `<br><span class="muted small">${esc(flags.join(' · '))}</span>` : ''}</td><td class="num">${r.fit}</td><td><span class="verdict ${r.verdict}">${esc(t.verdict[r.verdict] ?? r.verdict)}</span></td><td class="num">${esc(revenueCell(r, o))}</td><td class="num">${esc(shareCell(r, o))}</td></tr>`;
}

/** `portfolio --format html`: the chart and the table side by side (stacked when printed), then who to review first. */
export function renderPortfolioHtml(p: Portfolio, o: PortfolioRenderOptions): string {
  const { t, pt } = o;
  const h = messages(o.lang).html;
  const col = pt.col;
  const body: string[] = [];
  body.push(`<h1>${esc(pt.title(p.rows.length))}</h1>`);
  body.push(`<p class="meta">${esc(pt.counts(p.counts.keep, p.counts.review, p.counts.exit))} · ${esc(pt.header(p.asOf, p.rubric.id, p.rubric.window))}</p>`);
  if (!p.rows.length) body.push(`<p>${esc(pt.noClientsHint)}</p>`);
  else {
    body.push(`<div class="split"><section><h2>${esc(h.scatterTitle)}</h2>${scatter(p, o)}</section>`);
    body.push(
      `<section><h2>${esc(h.tableTitle)}</h2><table><thead><tr><th class="num">${esc(col.rank)}</th><th>${esc(col.client)} <span class="muted small">(${esc(col.flags)})</span></th><th class="num">${esc(col.fit)}</th><th>${esc(col.verdict)}</th><th class="num">${esc(col.revenue(p.rubric.window))}</th><th class="num">${esc(col.share)}</th></tr></thead><tbody>${p.rows.map((r) => row(p, r, o)).join('\n')}</tbody></table></section></div>`,
    );
    body.push(`<h2>${esc(pt.reviewFirst)}</h2>`);
    if (!p.reviewFirst.length) body.push(`<p>${esc(pt.reviewNone)}</p>`);
    else body.push(`<ol>${p.reviewFirst.map((r) => `<li><strong>${esc(r.name)}</strong> — ${esc(reviewDetail(p, r, o))}<br><span class="muted">${esc(flagTitles(p, r, o).join(' · '))}</span></li>`).join('')}</ol>`);
    if (p.reviewMore) body.push(`<p class="muted">${esc(pt.reviewMore(p.reviewMore))}</p>`);
    if (p.concentration.length) body.push(`<h2>${esc(pt.concentrationTitle)}</h2><ul>${p.concentration.map((c) => `<li>${esc(concentrationText(c, c.row.name, o))}</li>`).join('')}</ul>`);
    const total = totalsLine(p, o);
    if (total) body.push(`<p>${esc(total)}</p>`);
  }
  const skipped = skippedLine(p, o);
  if (skipped) body.push(`<p class="muted">${esc(skipped)}</p>`);
  return page({ lang: o.lang, title: pt.title(p.rows.length), body: body.join('\n'), footer: h.generated(o.version ?? '', p.asOf) });
}

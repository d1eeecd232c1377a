import { daysBetween } from '../../dates.js';
import type { History } from '../../history.js';
import { messages, type Catalog, type Lang } from '../../i18n/index.js';
import type { Rubric } from '../../schema/rubric.js';
import { clampNote, criterionTitle, partLines, signed, TEXT_EVENTS } from '../history.js';
import { fitAxis, fitZones, marker, n } from './charts.js';
import { COLOURS, esc } from './page.js';


/** The fit over time across the band zones: a mark per point, the biggest moves labelled. */
function chart(h: History, bands: Rubric['bands'], lang: Lang, t: Catalog): string {
  const html = messages(lang).html;
  const W = 640;
  const H = 320;
  const area = { x: 48, y: 16, w: W - 48 - 64, h: H - 52 };
  const first = h.points[0]!.asOf;
  const span = Math.max(1, daysBetween(first, h.points[h.points.length - 1]!.asOf));
  const xOf = (iso: string) => area.x + (daysBetween(first, iso) / span) * area.w;
  const yOf = (fit: number) => area.y + area.h - (fit / 100) * area.h;
  const labels = { keep: t.verdict.keep!, review: t.verdict.review!, exit: t.verdict.exit! };
  const line = h.points.map((p) => `${n(xOf(p.asOf))},${n(yOf(p.fit))}`).join(' ');
  const ticks = [...new Set([0, Math.floor((h.points.length - 1) / 2), h.points.length - 1])]
    .map((i) => h.points[i]!)
    .map((p, k, all) => `<text x="${n(xOf(p.asOf))}" y="${n(area.y + area.h + 16)}" text-anchor="${k === 0 ? 'start' : k === all.length - 1 ? 'end' : 'middle'}">${esc(p.asOf)}</text>`)
    .join('');
  const points = h.points.map((p) => marker(p.verdict, xOf(p.asOf), yOf(p.fit), 5, `class="point" data-as-of="${p.asOf}" data-fit="${p.fit}"`, `${p.asOf}: ${t.report.fit} ${p.fit} · ${t.verdict[p.verdict] ?? p.verdict}`)).join('\n');
  // A numbered badge by each of the biggest moves (the list below explains it): small, so
  // neighbouring moves do not cover each other; below the point when the fit fell.
  const notes = h.moves
    .map((m, i) => {
      const x = xOf(m.to);
      const y = yOf(m.fitTo);
      const label = `${i + 1} · ${signed(m.change)}`;
      const w = 10 + label.length * 6.5;
      const bx = Math.min(area.x + area.w - w, Math.max(area.x, x - w / 2));
      const by = Math.max(area.y, Math.min(area.y + area.h - 18, m.change < 0 ? y + 10 : y - 28));
      return `<g class="move-label" data-from="${m.from}" data-to="${m.to}" data-change="${m.change}"><rect x="${n(bx)}" y="${n(by)}" width="${n(w)}" height="18" rx="9" fill="#fff" stroke="${COLOURS.ink}"/><text x="${n(bx + w / 2)}" y="${n(by + 13)}" text-anchor="middle" font-weight="600">${esc(label)}</text></g>`;
    })
    .join('\n');
  return `<figure class="history"><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(html.historyCaption(h.points.length))}">
${fitZones(area, bands, labels)}${fitAxis(area, bands)}${ticks}
<polyline points="${line}" fill="none" stroke="${COLOURS.ink}" stroke-width="2"/>
${points}
${notes}
</svg><figcaption>${esc(html.historyCaption(h.points.length))}</figcaption></figure>`;
}

/** `history --format html`: the chart, the biggest moves explained, every point in a table. */
export function historySection(h: History, bands: Rubric['bands'], lang: Lang, t: Catalog): string {
  const x = messages(lang).explain;
  const html = messages(lang).html;
  const currency = h.client.profile.contract?.currency;
  const out: string[] = [];
  out.push(`<h1>${esc(x.historyTitle(h.client.name))}</h1><p class="meta"><span class="file">${esc(h.client.file)}</span></p>`);
  out.push(`<h2>${esc(html.historyTitle)}</h2>`, chart(h, bands, lang, t));
  if (h.moves.length) {
    out.push(`<h2>${esc(x.historyMoved)}</h2>`);
    for (const [i, m] of h.moves.entries()) {
      out.push(`<div class="move"><p><strong>${i + 1}. ${esc(x.historyMove(m.from, m.to, m.fitFrom, m.fitTo, signed(m.change)))}</strong></p>`);
      const note = clampNote(m, lang, t);
      if (note) out.push(`<p class="muted">${esc(note)}</p>`);
      out.push('<ul>');
      for (const cm of m.criteria) {
        if (!cm.points) continue;
        const parts = partLines(cm, lang, t, currency, TEXT_EVENTS)
          .map((p) => `<li>${p.evidence ? `${esc(p.evidence.event.date)} · ` : ''}${esc(p.label)}${p.evidence ? ` <span class="file">${esc(p.evidence.event.file)}:${p.evidence.event.line}</span>` : ''} <strong>${esc(signed(p.points))}</strong></li>`)
          .join('');
        out.push(`<li>${esc(criterionTitle(cm, lang))} <strong>${esc(signed(cm.points))}</strong><ul class="evidence">${parts}</ul></li>`);
      }
      out.push('</ul></div>');
    }
  }
  out.push(`<h2>${esc(html.pointsTitle)}</h2><table><thead><tr><th>${esc(x.date)}</th><th class="num">${esc(x.fit)}</th><th>${esc(x.verdict)}</th></tr></thead><tbody>`);
  for (const p of h.points) out.push(`<tr data-as-of="${p.asOf}"><td>${p.asOf}</td><td class="num">${p.fit}</td><td><span class="verdict ${p.verdict}">${esc(t.verdict[p.verdict] ?? p.verdict)}</span></td></tr>`);
  out.push('</tbody></table>');
  return out.join('\n');
}

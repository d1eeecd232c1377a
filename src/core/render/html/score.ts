import { maxOf } from '../../arrays.js';
import type { Comparison } from '../../compare.js';
import { messages, type Catalog, type HtmlCatalog, type Lang } from '../../i18n/index.js';
import type { CriterionResult, Report } from '../../score.js';
import type { WhatIf } from '../../whatIf.js';
import { compareLines } from '../compare.js';
import { summarize } from '../evidence.js';
import { num } from '../numbers.js';
import { coverageLine, criterionNotes, dataQualityLine, nextLine, pointsText, praiseLine, raisedFirst, title, valueLines, valueText } from '../reportParts.js';
import { whatIfLines } from '../whatIf.js';
import { gauge, n } from './charts.js';
import { COLOURS, esc } from './page.js';

export interface HtmlReportOptions {
  lang: Lang;
  t: Catalog;
  h: HtmlCatalog;
  whatIf?: WhatIf;
  compare?: Comparison;
}

/** Evidence lines shown before "more": the rest is one click (or a print) away. */
const SHOWN = 3;

function evidenceItem(c: CriterionResult, i: number, r: Report, t: Catalog): string {
  const ev = c.evidence[i]!;
  const weight = c.criterion.half_life && ev.weight !== undefined ? ` <span class="muted">${esc(t.report.eventWeight(num(ev.weight, t)))}</span>` : '';
  return `<li>${ev.event.date ? `${esc(ev.event.date)} · ` : ''}${esc(summarize(ev, t, r.value.currency))} <span class="file">${esc(ev.event.file)}:${ev.event.line}</span>${weight}</li>`;
}

/** A bar per raised criterion: points lost over its weight, evidence in the tooltip. */
function pointsChart(raised: CriterionResult[], r: Report, o: HtmlReportOptions): string {
  const { t, lang, h } = o;
  const W = 640;
  const ROW = 30;
  const left = 230;
  const right = 70;
  const max = maxOf(raised.map((c) => c.criterion.weight), 1);
  const scale = (W - left - right) / max;
  const rows = raised.map((c, i) => {
    const y = 8 + i * ROW;
    const fill = c.status === 'flag' ? COLOURS.exit : COLOURS.review;
    const tip = [`${title(c, lang)}: ${pointsText(c.pointsLost, t)}`, ...c.evidence.slice(0, 5).map((ev) => `${ev.event.date} ${summarize(ev, t, r.value.currency)}`)].join('\n');
    const label = title(c, lang);
    return `<g class="criterion-bar" data-id="${esc(c.criterion.id)}" data-points="${c.pointsLost}"><title>${esc(tip)}</title>
<text x="${left - 8}" y="${y + 17}" text-anchor="end">${esc(label.length > 34 ? `${label.slice(0, 33)}…` : label)}</text>
<rect x="${left}" y="${y + 4}" width="${n(c.criterion.weight * scale)}" height="18" fill="${COLOURS.weight}"/>
<rect class="bar" x="${left}" y="${y + 4}" width="${n(c.pointsLost * scale)}" height="18" fill="${fill}"${c.status === 'warn' ? ` stroke="${COLOURS.ink}" stroke-dasharray="3 2"` : ''}/>
<text x="${n(left + c.criterion.weight * scale + 6)}" y="${y + 17}">${esc(`−${num(c.pointsLost, t, 1)}`)}</text></g>`;
  });
  return `<figure><svg viewBox="0 0 ${W} ${raised.length * ROW + 16}" role="img" aria-label="${esc(h.pointsCaption)}">${rows.join('\n')}</svg><figcaption>${esc(h.pointsCaption)}</figcaption></figure>`;
}

function criterionDetail(c: CriterionResult, r: Report, o: HtmlReportOptions): string {
  const { t, lang, h } = o;
  const notes = criterionNotes(c, t);
  const db = c.criterion.dealbreaker ? ` <strong>[${esc(t.report.dealbreaker)}]</strong>` : '';
  const head = `<strong>${esc(title(c, lang))}</strong> — <code>${esc(c.metricName)}</code> ${esc(valueText(c, r, t))} · ${esc(pointsText(c.pointsLost, t))}${db}${notes.length ? ` <span class="muted">(${esc(notes.join('; '))})</span>` : ''}`;
  const shown = c.evidence.slice(0, SHOWN).map((_, i) => evidenceItem(c, i, r, t));
  const rest = c.evidence.slice(SHOWN).map((_, i) => evidenceItem(c, i + SHOWN, r, t));
  const more = rest.length ? `<details><summary>${esc(t.report.moreEvidence(rest.length))}</summary><ul class="evidence">${rest.join('')}</ul></details>` : '';
  return `<div class="criterion" data-id="${esc(c.criterion.id)}"><p>${head}</p><ul class="evidence" aria-label="${esc(h.evidenceCount(c.evidence.length))}">${shown.join('')}</ul>${more}</div>`;
}

/** One client's report as a section of an HTML page. */
export function scoreSection(r: Report, o: HtmlReportOptions): string {
  const { t, lang, h } = o;
  const bands = r.rubric.bands;
  const verdict = t.verdict[r.verdict] ?? r.verdict;
  const out: string[] = [];
  out.push(`<section class="report" data-client="${esc(r.client.id)}" data-fit="${r.fit}" data-verdict="${r.verdict}">`);
  out.push(`<h1>${esc(r.client.name)}</h1>`);
  out.push(`<p class="meta"><span class="file">${esc(r.client.file)}</span> · ${esc(t.report.asOf)} ${esc(r.asOf)} · ${esc(t.report.rubric)} ${esc(r.rubric.id)} (${esc(t.report.window(r.rubric.window))})</p>`);
  if (r.redacted) out.push(`<p class="muted">${esc(h.redacted)}</p>`);
  out.push(`<div class="headline"><span class="fit">${r.fit}<small>/100</small></span><span class="verdict ${r.verdict}">${esc(t.verdictLong[r.verdict] ?? verdict)}</span></div>`);
  out.push(gauge(r.fit, r.verdict, bands, { keep: t.verdict.keep!, review: t.verdict.review!, exit: t.verdict.exit! }, r.dealbreakers.length ? h.gaugeDealbreaker(r.fit, verdict) : h.gaugeCaption(r.fit, verdict, bands.review, bands.keep)));
  if (r.dealbreakers.length) {
    const names = r.criteria.filter((c) => r.dealbreakers.includes(c.criterion.id)).map((c) => title(c, lang));
    out.push(`<p class="alert">${esc(t.report.dealbreakerHit(names.join(', ')))}</p>`);
  }
  const { raised, quiet, noData } = raisedFirst(r);
  out.push(`<h2>${esc(raised.length ? t.report.raised(raised.length) : t.report.noneRaised)}</h2>`);
  if (raised.length) {
    out.push(pointsChart(raised, r, o));
    for (const c of raised) out.push(criterionDetail(c, r, o));
  }
  if (quiet.length) out.push(`<p><strong>${esc(t.report.quiet(quiet.length))}</strong>: <span class="muted">${esc(quiet.map((c) => title(c, lang)).join(' · '))}</span></p>`);
  if (noData.length) out.push(`<p><strong>${esc(t.report.noData(noData.length))}</strong>: <span class="muted">${esc(noData.map((c) => title(c, lang)).join(' · '))}</span></p>`);
  const praise = praiseLine(r, t);
  if (praise) out.push(`<p><strong>${esc(t.report.goodSignals(r.praise.count))}</strong>: ${esc(praise)}</p>`);
  out.push(`<h2>${esc(t.report.value)}</h2><ul>${valueLines(r, t).map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`);
  const x = messages(lang).explain;
  if (o.compare) out.push(`<h2>${esc(x.compareTitle(o.compare.from.asOf, o.compare.to.asOf))}</h2><ul>${compareLines(o.compare, lang, t).map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`);
  if (o.whatIf) out.push(`<h2>${esc(x.whatIfTitle)}</h2><ul>${whatIfLines(o.whatIf, r, lang, t).map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`);
  out.push(`<p class="muted">${esc(coverageLine(r, lang, t))}</p>`);
  out.push(`<p><strong>${esc(t.report.next)}</strong>: ${esc(nextLine(r, t))}</p>`);
  const quality = dataQualityLine(r, t);
  if (quality) out.push(`<p class="muted">${esc(quality)}</p>`);
  out.push('</section>');
  return out.join('\n');
}

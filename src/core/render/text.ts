import { maxOf } from '../arrays.js';
import { messages } from '../i18n/index.js';
import type { Report } from '../score.js';
import type { WhatIf } from '../whatIf.js';
import type { Comparison } from '../compare.js';
import { compareLines } from './compare.js';
import { whatIfLines } from './whatIf.js';
import { summarize } from './evidence.js';
import { coverageLine, criterionNotes, dataQualityLine, nextLine, pointsText, praiseLine, raisedFirst, title, valueLines, valueText, type RenderOptions } from './reportParts.js';
import { num } from './numbers.js';
import { safe } from './safeText.js';
import type { Style } from './style.js';

const MAX_EVIDENCE = 5;

/** The terminal report: headline, raised flags with evidence, quiet ones compactly, value, next step. */
export function renderText(r: Report, o: RenderOptions & { style: Style; whatIf?: WhatIf; compare?: Comparison }): string {
  const { t, lang, style: s } = o;
  const colour = r.verdict === 'keep' ? s.green : r.verdict === 'review' ? s.yellow : s.red;
  const out: string[] = [];
  out.push(`${s.bold(safe(r.client.name))}  ${colour(s.bold(`${t.report.fit} ${r.fit}/100`))}  ${colour(t.verdictLong[r.verdict]!)}`);
  out.push(s.dim(`${safe(r.client.file)} · ${t.report.asOf} ${r.asOf} · ${t.report.rubric} ${safe(r.rubric.id)} (${t.report.window(r.rubric.window)})`));
  if (r.dealbreakers.length) {
    const names = r.criteria.filter((c) => r.dealbreakers.includes(c.criterion.id)).map((c) => safe(title(c, lang)));
    out.push('', s.red(s.bold(t.report.dealbreakerHit(names.join(', ')))));
  }
  const { raised, quiet, noData } = raisedFirst(r);
  out.push('');
  if (!raised.length) out.push(s.green(t.report.noneRaised));
  else out.push(s.bold(t.report.raised(raised.length)));
  const width = Math.min(44, maxOf(raised.map((c) => title(c, lang).length), 10));
  for (const c of raised) {
    const mark = c.status === 'flag' ? s.red('✖') : s.yellow('▲');
    const name = safe(title(c, lang)).padEnd(width);
    const val = `${c.metricName} ${valueText(c, r, t)}`;
    const db = c.criterion.dealbreaker ? s.red(` [${t.report.dealbreaker}]`) : '';
    out.push(`  ${mark} ${s.bold(name)}  ${val}  ${(c.status === 'flag' ? s.red : s.yellow)(pointsText(c.pointsLost, t))}${db}`);
    const notes = criterionNotes(c, t);
    if (notes.length) out.push(`      ${s.dim(`(${notes.join('; ')})`)}`);
    for (const ev of c.evidence.slice(0, MAX_EVIDENCE)) {
      const when = ev.event.date || '          ';
      const weight = c.criterion.half_life && ev.weight !== undefined ? `  ${s.dim(t.report.eventWeight(num(ev.weight, t)))}` : '';
      out.push(`      ${s.dim(when)}  ${safe(summarize(ev, t, r.value.currency))}  ${s.dim(`${safe(ev.event.file)}:${ev.event.line}`)}${weight}`);
    }
    if (c.evidence.length > MAX_EVIDENCE) out.push(`      ${s.dim(t.report.moreEvidence(c.evidence.length - MAX_EVIDENCE))}`);
  }
  if (quiet.length) out.push('', `${s.bold(t.report.quiet(quiet.length))}: ${s.dim(quiet.map((c) => safe(title(c, lang))).join(' · '))}`);
  if (noData.length) out.push(`${s.bold(t.report.noData(noData.length))}: ${s.dim(noData.map((c) => safe(title(c, lang))).join(' · '))}`);
  const praise = praiseLine(r, t);
  if (praise) out.push('', `${s.bold(t.report.goodSignals(r.praise.count))}: ${s.green(safe(praise))}`);
  out.push('', s.bold(t.report.value));
  for (const l of valueLines(r, t)) out.push(`  ${l}`);
  if (o.compare) {
    out.push('', s.bold(messages(lang).explain.compareTitle(o.compare.from.asOf, o.compare.to.asOf)));
    for (const l of compareLines(o.compare, lang, t)) out.push(`  ${safe(l)}`);
  }
  if (o.whatIf) {
    out.push('', s.bold(messages(lang).explain.whatIfTitle));
    for (const l of whatIfLines(o.whatIf, r, lang, t)) out.push(`  ${safe(l)}`);
  }
  out.push('', s.dim(coverageLine(r, lang, t)));
  out.push(`${s.bold(t.report.next)}: ${safe(nextLine(r, t))}`);
  const quality = dataQualityLine(r, t);
  if (quality) out.push((r.client.dataQuality?.warnings.length ? s.yellow : s.dim)(quality));
  return out.join('\n') + '\n';
}

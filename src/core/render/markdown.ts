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

/** Escapes text for a Markdown table cell or list item. */
export function mdEscape(s: string): string {
  return safe(s).replace(/([\\`*_[\]|<>#])/g, '\\$1');
}

/** The same report as Markdown, for pasting into notes. */
export function renderMarkdown(r: Report, o: RenderOptions & { whatIf?: WhatIf; compare?: Comparison }): string {
  const { t, lang } = o;
  const out: string[] = [];
  out.push(`## ${t.report.reportTitle(mdEscape(r.client.name))}`, '');
  out.push(`**${t.report.fit} ${r.fit}/100 · ${t.verdictLong[r.verdict]}**`, '');
  out.push(`${t.report.file}: \`${safe(r.client.file)}\` · ${t.report.asOf} ${r.asOf} · ${t.report.rubric} \`${safe(r.rubric.id)}\` (${t.report.window(r.rubric.window)})`, '');
  if (r.dealbreakers.length) {
    const names = r.criteria.filter((c) => r.dealbreakers.includes(c.criterion.id)).map((c) => mdEscape(title(c, lang)));
    out.push(`> **${t.report.dealbreakerHit(names.join(', '))}**`, '');
  }
  const { raised, quiet, noData } = raisedFirst(r);
  out.push(`### ${raised.length ? t.report.raised(raised.length) : t.report.noneRaised}`, '');
  if (raised.length) {
    out.push(`| ${t.report.criterion} | ${t.report.metric} | ${t.report.valueCol} | ${t.report.statusCol} | ${t.report.pointsCol} |`, '|---|---|---|---|---|');
    for (const c of raised) {
      out.push(`| ${mdEscape(title(c, lang))} | \`${c.metricName}\` | ${valueText(c, r, t)} | ${t.status[c.status]} | ${pointsText(c.pointsLost, t)} |`);
    }
    out.push('');
    for (const c of raised) {
      if (!c.evidence.length) continue;
      const notes = criterionNotes(c, t);
      out.push(`**${mdEscape(title(c, lang))}**${notes.length ? ` _(${mdEscape(notes.join('; '))})_` : ''}`, '');
      for (const ev of c.evidence) {
        const weight = c.criterion.half_life && ev.weight !== undefined ? ` · ${t.report.eventWeight(num(ev.weight, t))}` : '';
        out.push(`- ${ev.event.date ? `${ev.event.date} · ` : ''}${mdEscape(summarize(ev, t, r.value.currency))} (\`${safe(ev.event.file)}:${ev.event.line}\`)${weight}`);
      }
      out.push('');
    }
  }
  if (quiet.length) out.push(`**${t.report.quiet(quiet.length)}:** ${quiet.map((c) => mdEscape(title(c, lang))).join(' · ')}`, '');
  if (noData.length) out.push(`**${t.report.noData(noData.length)}:** ${noData.map((c) => mdEscape(title(c, lang))).join(' · ')}`, '');
  const praise = praiseLine(r, t);
  if (praise) out.push(`**${t.report.goodSignals(r.praise.count)}:** ${mdEscape(praise)}`, '');
  out.push(`### ${t.report.value}`, '');
  for (const l of valueLines(r, t)) out.push(`- ${l}`);
  if (o.compare) {
    out.push('', `### ${messages(lang).explain.compareTitle(o.compare.from.asOf, o.compare.to.asOf)}`, '');
    for (const l of compareLines(o.compare, lang, t)) out.push(l.startsWith('  - ') ? `  - ${mdEscape(l.slice(4))}` : `- ${mdEscape(l)}`);
  }
  if (o.whatIf) {
    out.push('', `### ${messages(lang).explain.whatIfTitle}`, '');
    for (const l of whatIfLines(o.whatIf, r, lang, t)) out.push(l.startsWith('  - ') ? `  - ${mdEscape(l.slice(4))}` : `- ${mdEscape(l)}`);
  }
  out.push('', `_${mdEscape(coverageLine(r, lang, t))}_`, '', `**${t.report.next}:** ${mdEscape(nextLine(r, t))}`);
  const quality = dataQualityLine(r, t);
  if (quality) out.push('', `_${mdEscape(quality)}_`);
  return out.join('\n') + '\n';
}

import type { History } from '../history.js';
import { messages, type Catalog, type Lang } from '../i18n/index.js';
import { summarize } from './evidence.js';
import { dataQualityJson } from './json.js';
import { mdEscape } from './markdown.js';
import { safe } from './safeText.js';
import type { Style } from './style.js';

const BARS = '▁▂▃▄▅▆▇█';

/** One character per point, fit 0 → ▁ … 100 → █. */
export function sparkline(fits: number[]): string {
  return fits.map((f) => BARS[Math.min(BARS.length - 1, Math.floor((Math.max(0, Math.min(100, f)) / 100) * BARS.length))]).join('');
}

export function renderHistoryText(h: History, o: { lang: Lang; t: Catalog; style: Style }): string {
  const { t, lang, style: s } = o;
  const x = messages(lang).explain;
  const colour = (v: string) => (v === 'keep' ? s.green : v === 'review' ? s.yellow : s.red);
  const out = [s.bold(safe(x.historyTitle(h.client.name))), s.dim(safe(h.client.file)), ''];
  out.push(`  ${sparkline(h.points.map((p) => p.fit))}  ${h.points[0]!.fit} → ${h.points[h.points.length - 1]!.fit}`, '');
  out.push(`  ${x.date.padEnd(10)}  ${x.fit.padStart(5)}  ${x.verdict}`);
  for (const p of h.points) out.push(`  ${p.asOf}  ${String(p.fit).padStart(5)}  ${colour(p.verdict)(t.verdict[p.verdict]!)}`);
  if (h.moves.length) {
    out.push('', s.bold(x.historyMoved));
    for (const m of h.moves) {
      out.push(`  ${x.historyMove(m.from, m.to, m.fitFrom, m.fitTo)}`);
      for (const ev of m.events.slice(0, 6)) {
        out.push(`      ${s.dim(ev.event.date)}  ${safe(summarize(ev, t, h.client.profile.contract?.currency))}  ${s.dim(`${safe(ev.event.file)}:${ev.event.line}`)}`);
      }
      if (m.events.length > 6) out.push(`      ${s.dim(t.report.moreEvidence(m.events.length - 6))}`);
    }
  }
  return out.join('\n') + '\n';
}

export function renderHistoryMarkdown(h: History, o: { lang: Lang; t: Catalog }): string {
  const { t, lang } = o;
  const x = messages(lang).explain;
  const out = [`## ${mdEscape(x.historyTitle(h.client.name))}`, '', `\`${sparkline(h.points.map((p) => p.fit))}\``, ''];
  out.push(`| ${x.date} | ${x.fit} | ${x.verdict} |`, '|---|---:|---|');
  for (const p of h.points) out.push(`| ${p.asOf} | ${p.fit} | ${t.verdict[p.verdict]} |`);
  if (h.moves.length) {
    out.push('', `### ${x.historyMoved}`, '');
    for (const m of h.moves) {
      out.push(`- ${x.historyMove(m.from, m.to, m.fitFrom, m.fitTo)}`);
      for (const ev of m.events) out.push(`  - ${ev.event.date} · ${mdEscape(summarize(ev, t, h.client.profile.contract?.currency))} (\`${safe(ev.event.file)}:${ev.event.line}\`)`);
    }
  }
  return out.join('\n') + '\n';
}

/** `asOf,fit,verdict` rows for spreadsheets. */
export function renderHistoryCsv(h: History): string {
  return ['asOf,fit,verdict', ...h.points.map((p) => `${p.asOf},${p.fit},${p.verdict}`)].join('\n') + '\n';
}

export function historyJson(h: History, o: { t: Catalog }) {
  const quality = h.client.dataQuality ? { dataQuality: dataQualityJson(h.client.dataQuality, o.t.lang) } : {};
  return {
    schema: 'clientfit/history@1',
    client: { id: h.client.id, name: h.client.name, file: h.client.file },
    points: h.points,
    moves: h.moves.map((m) => ({
      from: m.from,
      to: m.to,
      fitFrom: m.fitFrom,
      fitTo: m.fitTo,
      events: m.events.map((ev) => ({ date: ev.event.date, type: ev.event.type, file: ev.event.file, line: ev.event.line, summary: summarize(ev, o.t, h.client.profile.contract?.currency) })),
    })),
    ...quality,
  };
}

import type { History } from '../history.js';
import { messages, pick, type Catalog, type Lang } from '../i18n/index.js';
import type { Evidence } from '../metrics/index.js';
import type { CriterionMove, Move } from '../moves.js';
import { summarize } from './evidence.js';
import { dataQualityJson } from './json.js';
import { mdEscape } from './markdown.js';
import { num } from './numbers.js';
import { safe } from './safeText.js';
import type { Style } from './style.js';

const BARS = '▁▂▃▄▅▆▇█';

/** One character per point, fit 0 → ▁ … 100 → █. */
export function sparkline(fits: number[]): string {
  return fits.map((f) => BARS[Math.min(BARS.length - 1, Math.floor((Math.max(0, Math.min(100, f)) / 100) * BARS.length))]).join('');
}

/** A whole number of fit points with its sign: +3, −9, 0. */
export const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

/** Event lines a criterion shows in text before the rest are folded into one "N more events" line. */
export const TEXT_EVENTS = 5;

export interface PartLine {
  /** The event, or null for a line about several events or about time. */
  evidence: Evidence | null;
  label: string;
  points: number;
}

/**
 * The lines under a criterion in a move, in the reader's words: its new events (at most
 * `max`, the biggest, kept in date order; the rest added into one "N more events" line),
 * then the other new events, then time. Parts worth 0 whole points are left out: the
 * points shown still add up to the criterion's.
 */
export function partLines(cm: CriterionMove, lang: Lang, t: Catalog, currency: string | null | undefined, max: number): PartLine[] {
  const x = messages(lang).explain;
  const events = cm.events.filter((e) => e.points !== 0);
  const keep = new Set([...events].sort((a, b) => Math.abs(b.exact) - Math.abs(a.exact)).slice(0, max));
  const out: PartLine[] = events.filter((e) => keep.has(e)).map((e) => ({ evidence: e.evidence, label: summarize(e.evidence, t, currency), points: e.points }));
  const folded = events.filter((e) => !keep.has(e));
  const moreCount = folded.length + (cm.more?.points ? cm.more.count : 0);
  const morePoints = folded.reduce((s, e) => s + e.points, 0) + (cm.more?.points ?? 0);
  if (moreCount && morePoints) out.push({ evidence: null, label: x.historyMore(moreCount), points: morePoints });
  if (cm.others?.points) out.push({ evidence: null, label: x.historyOthers(cm.others.count), points: cm.others.points });
  if (cm.time.points) {
    const why = cm.time.reasons.map((r) => (r.kind === 'decay' ? x.historyReason.decay(r.halfLife) : x.historyReason[r.kind](r.count)));
    out.push({ evidence: null, label: why.length ? `${x.historyTime} (${why.join(', ')})` : x.historyTime, points: cm.time.points });
  }
  return out;
}

export const criterionTitle = (cm: CriterionMove, lang: Lang) => pick(cm.criterion.title, lang) || cm.criterion.id;

export function clampNote(m: Move, lang: Lang, t: Catalog): string | null {
  if (m.clampedAt === null) return null;
  const raw = `${m.rawChange > 0 ? '+' : m.rawChange < 0 ? '−' : ''}${num(Math.abs(m.rawChange), t)}`;
  return messages(lang).explain.historyClamped[m.clampedAt](raw);
}

export function renderHistoryText(h: History, o: { lang: Lang; t: Catalog; style: Style }): string {
  const { t, lang, style: s } = o;
  const x = messages(lang).explain;
  const currency = h.client.profile.contract?.currency;
  const colour = (v: string) => (v === 'keep' ? s.green : v === 'review' ? s.yellow : s.red);
  const out = [s.bold(safe(x.historyTitle(h.client.name))), s.dim(safe(h.client.file)), ''];
  out.push(`  ${sparkline(h.points.map((p) => p.fit))}  ${h.points[0]!.fit} → ${h.points[h.points.length - 1]!.fit}`, '');
  out.push(`  ${x.date.padEnd(10)}  ${x.fit.padStart(5)}  ${x.verdict}`);
  for (const p of h.points) out.push(`  ${p.asOf}  ${String(p.fit).padStart(5)}  ${colour(p.verdict)(t.verdict[p.verdict]!)}`);
  if (h.moves.length) {
    out.push('', s.bold(x.historyMoved));
    for (const m of h.moves) {
      out.push(`  ${x.historyMove(m.from, m.to, m.fitFrom, m.fitTo, signed(m.change))}`);
      const note = clampNote(m, lang, t);
      if (note) out.push(`    ${s.dim(note)}`);
      for (const cm of m.criteria) {
        if (!cm.points) continue;
        out.push(`    ${safe(criterionTitle(cm, lang))}  ${s.bold(signed(cm.points))}`);
        for (const p of partLines(cm, lang, t, currency, TEXT_EVENTS)) {
          const where = p.evidence ? `${s.dim(p.evidence.event.date)}  ` : '';
          const at = p.evidence ? `  ${s.dim(`(${safe(p.evidence.event.file)}:${p.evidence.event.line})`)}` : '';
          out.push(`      ${where}${safe(p.label)}${at}  ${signed(p.points)}`);
        }
      }
    }
  }
  return out.join('\n') + '\n';
}

export function renderHistoryMarkdown(h: History, o: { lang: Lang; t: Catalog }): string {
  const { t, lang } = o;
  const x = messages(lang).explain;
  const currency = h.client.profile.contract?.currency;
  const out = [`## ${mdEscape(x.historyTitle(h.client.name))}`, '', `\`${sparkline(h.points.map((p) => p.fit))}\``, ''];
  out.push(`| ${x.date} | ${x.fit} | ${x.verdict} |`, '|---|---:|---|');
  for (const p of h.points) out.push(`| ${p.asOf} | ${p.fit} | ${t.verdict[p.verdict]} |`);
  if (h.moves.length) {
    out.push('', `### ${x.historyMoved}`, '');
    for (const m of h.moves) {
      out.push(`- **${x.historyMove(m.from, m.to, m.fitFrom, m.fitTo, signed(m.change))}**`);
      const note = clampNote(m, lang, t);
      if (note) out.push(`  - _${mdEscape(note)}_`);
      for (const cm of m.criteria) {
        if (!cm.points) continue;
        out.push(`  - ${mdEscape(criterionTitle(cm, lang))}: **${signed(cm.points)}**`);
        for (const p of partLines(cm, lang, t, currency, Infinity)) {
          const label = p.evidence ? `${p.evidence.event.date} · ${mdEscape(p.label)} (\`${safe(p.evidence.event.file)}:${p.evidence.event.line}\`)` : mdEscape(p.label);
          out.push(`    - ${label}: ${signed(p.points)}`);
        }
      }
    }
  }
  return out.join('\n') + '\n';
}

/** `asOf,fit,verdict` rows for spreadsheets. */
export function renderHistoryCsv(h: History): string {
  return ['asOf,fit,verdict', ...h.points.map((p) => `${p.asOf},${p.fit},${p.verdict}`)].join('\n') + '\n';
}

export function historyJson(h: History, o: { t: Catalog }) {
  const currency = h.client.profile.contract?.currency;
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
      change: m.change,
      rawChange: m.rawChange,
      clampedAt: m.clampedAt,
      criteria: m.criteria.map((cm) => ({
        id: cm.criterion.id,
        title: criterionTitle(cm, o.t.lang),
        points: cm.points,
        exact: cm.exact,
        events: cm.events.map((e) => ({
          date: e.evidence.event.date,
          type: e.evidence.event.type,
          file: e.evidence.event.file,
          line: e.evidence.event.line,
          summary: summarize(e.evidence, o.t, currency),
          points: e.points,
          exact: e.exact,
        })),
        more: cm.more,
        others: cm.others,
        time: cm.time,
      })),
    })),
    ...quality,
  };
}

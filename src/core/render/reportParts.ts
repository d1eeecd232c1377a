import type { Catalog, Lang } from '../i18n/index.js';
import { pick } from '../i18n/index.js';
import type { CriterionResult, Report } from '../score.js';
import { metricValue, money, num, percent } from './numbers.js';

/** Shared pieces of the text and Markdown reports, so both say the same thing. */
export interface RenderOptions {
  lang: Lang;
  t: Catalog;
}

export function raisedFirst(r: Report): { raised: CriterionResult[]; quiet: CriterionResult[]; noData: CriterionResult[] } {
  const raised = r.criteria.filter((c) => c.status !== 'ok').sort((a, b) => b.pointsLost - a.pointsLost);
  const quiet = r.criteria.filter((c) => c.status === 'ok' && c.value !== null);
  const noData = r.criteria.filter((c) => c.value === null);
  return { raised, quiet, noData };
}

export const title = (c: CriterionResult, lang: Lang) => pick(c.criterion.title, lang) || c.criterion.id;

export function valueText(c: CriterionResult, r: Report, t: Catalog): string {
  return metricValue(c.value, c.unit, t, r.value.currency);
}

export function pointsText(p: number, t: Catalog): string {
  return t.report.points(num(p, t, 1));
}

/** The value-at-stake lines: invoiced, hours, effective rate against the contract. */
export function valueLines(r: Report, t: Catalog): string[] {
  const v = r.value;
  if (r.redacted) {
    const hidden = '•••';
    return [`${t.report.revenue(v.window)}: ${hidden}`, `${t.report.hours}: ${v.hours ? num(v.hours, t) + ' h' : t.report.noHours}`, `${t.report.effectiveRate}: ${hidden}`];
  }
  const lines = [
    `${t.report.revenue(v.window)}: ${v.invoices ? money(v.revenue, v.currency, t) : t.report.noRevenue}`,
    `${t.report.hours}: ${v.hours ? num(v.hours, t) + ' h' : t.report.noHours}`,
  ];
  if (v.effectiveRate !== null) {
    let rate = `${t.report.effectiveRate}: ${t.report.perHour(money(v.effectiveRate, v.currency, t))}`;
    if (v.rate) {
      const label = v.rateSource === 'target' ? t.report.targetRate : t.report.contractRate;
      rate += ` (${percent(v.effectiveRate / v.rate, t)} · ${label} ${t.report.perHour(money(v.rate, v.currency, t))})`;
    }
    lines.push(rate);
  }
  return lines;
}

/** Why a criterion counts less than its value says: thin evidence, invoices left out. */
export function criterionNotes(c: CriterionResult, t: Catalog): string[] {
  const notes: string[] = [];
  if (c.evidenceFactor < 1 && c.value !== null) notes.push(t.report.thinEvidence(c.n, c.minEvidence));
  if (c.unknownPaidDates) notes.push(t.report.unknownPaidDates(c.unknownPaidDates));
  return notes;
}

/** The report's last line: what the data-quality gate found, when the loader ran it. */
export function dataQualityLine(r: Report, t: Catalog): string | null {
  const q = r.client.dataQuality;
  if (!q) return null;
  return q.warnings.length ? t.report.dataQuality(q.warnings.length, q.ignoredEvents, q.doubtfulEvents) : t.report.dataQualityClean;
}

/** "latest 2026-04-27: Blueprint shared with their whole leadership team", or null without praise. */
export function praiseLine(r: Report, t: Catalog): string | null {
  const latest = r.praise.latest;
  if (!r.praise.count || !latest) return null;
  return t.report.latestPraise(latest.date, r.redacted ? '' : typeof latest.note === 'string' ? latest.note : '');
}

export function coverageLine(r: Report, lang: Lang, t: Catalog): string {
  const missing = r.criteria.filter((c) => c.value === null).map((c) => title(c, lang));
  const base = t.report.coverage(percent(r.coverage, t));
  return missing.length ? `${base}; ${t.report.coverageMissing(missing.join(', '))}` : base;
}

export function nextLine(r: Report, t: Catalog): string {
  if (r.verdict === 'keep') return t.report.nextKeep;
  return r.verdict === 'review' ? t.report.nextReview(r.client.file) : t.report.nextExit(r.client.file);
}

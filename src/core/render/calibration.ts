import type { Calibration, CriterionStats } from '../calibrate/analyse.js';
import type { Suggestion } from '../calibrate/suggest.js';
import type { CalibrateCatalog, Catalog } from '../i18n/index.js';
import { num, percent } from './numbers.js';
import { safe } from './safeText.js';
import { plain, type Style } from './style.js';

export interface CalibrationRenderOptions {
  t: Catalog;
  c: CalibrateCatalog;
  style?: Style;
  /** The folder as the user typed it, for the hints. */
  dir: string;
}

const r4 = (n: number) => Math.round(n * 1e4) / 1e4;

const interval = (iv: [number, number], t: Catalog) => `${percent(iv[0], t)}–${percent(iv[1], t)}`;

function raisedCell(k: number, n: number, iv: [number, number], o: CalibrationRenderOptions): string {
  if (!n) return '—';
  return o.c.raised(k, n, percent(k / n, o.t), percent(iv[0], o.t), percent(iv[1], o.t));
}

function separatesCell(s: CriterionStats, o: CalibrationRenderOptions): string {
  if (s.separates) return o.c.yes;
  if (s.moreNeeded === null) return `${o.c.no} · ${o.c.moreTooMany}`;
  return s.moreNeeded > 0 ? `${o.c.no} · ${o.c.moreNeeded(s.moreNeeded)}` : o.c.no;
}

/** Why a change is suggested, in one or two sentences. */
export function suggestionWhy(s: Suggestion, o: Pick<CalibrationRenderOptions, 't' | 'c'>): string {
  const w = s.why;
  const { t, c } = o;
  const counts = c.whyRaised(w.raisedBad, w.bad, interval(w.intervalBad, t), w.raisedGood, w.good, interval(w.intervalGood, t), num(w.lr, t, 1));
  if (w.kind === 'weight-up') return `${counts}. ${c.whyUp}`;
  if (w.kind === 'weight-down') return `${counts}. ${c.whyDown}`;
  const split = w.split!;
  const lower = split.bad < split.good;
  return `${(lower ? c.whySplitLower : c.whySplit)(num(split.good, t), num(split.bad, t))}`;
}

const changeLine = (s: Suggestion, o: CalibrationRenderOptions) => o.c.change(safe(s.id), o.c.field[s.field] ?? s.field, num(s.from, o.t), num(s.to, o.t));

const raisedAtAll = (x: CriterionStats) => x.raisedBad + x.raisedGood > 0;

/** Criteria raised for nobody: one line, not a row each. */
function neverRaised(cal: Calibration): string[] {
  return cal.criteria.filter((x) => !raisedAtAll(x)).map((x) => safe(x.id));
}

/** Rows of the criteria table (those raised for someone): strongest signal first. */
function ordered(cal: Calibration): CriterionStats[] {
  return cal.criteria.filter(raisedAtAll).sort((a, b) => Number(b.separates) - Number(a.separates) || b.lr - a.lr || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function table(head: string[], rows: string[][], right: boolean[]): string[] {
  const width = head.map((h, i) => rows.reduce((m, r) => Math.max(m, r[i]!.length), h.length));
  const line = (r: string[]) =>
    '  ' +
    r
      .map((v, i) => (i === r.length - 1 ? v : right[i] ? v.padStart(width[i]!) : v.padEnd(width[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)];
}

function accuracyLines(cal: Calibration, o: CalibrationRenderOptions): string[] {
  const { c, t } = o;
  const n = cal.cases.length;
  const right = cal.confusion.bad.predictedBad + cal.confusion.good.predictedGood;
  const out = [c.accuracy(percent(cal.accuracy ?? 0, t), right, n)];
  out.push(cal.majority === 'tie' ? c.baselineTie(percent(cal.baseline ?? 0, t)) : c.baseline(percent(cal.baseline ?? 0, t), c.label[cal.majority ?? 'good']!));
  return out;
}

function confusionRows(cal: Calibration, o: CalibrationRenderOptions): string[][] {
  const { c } = o;
  return (['bad', 'good'] as const).map((l) => [
    c.confusionRow(c.label[l]!, cal.clients[l]),
    String(cal.confusion[l].predictedBad),
    String(cal.confusion[l].predictedGood),
  ]);
}

function noneText(cal: Calibration, o: CalibrationRenderOptions, s: Style): string[] {
  const { c } = o;
  return [
    s.bold(c.noneTitle(safe(o.dir))),
    '',
    c.noneHowTo,
    `  ${s.cyan(c.noneExample)}`,
    `  ${s.dim(c.noneLabels)}`,
    '',
    c.noneThen(`clientfit calibrate ${safe(o.dir)}`),
    ...(cal.clients.skipped.length ? ['', s.bold(c.skippedTitle), ...cal.clients.skipped.map((k) => `  ${c.skipped[k.reason]!(safe(k.file), skippedDate(cal, k))}`)] : []),
  ];
}

function skippedDate(cal: Calibration, k: Calibration['clients']['skipped'][number]): string {
  return k.reason === 'future-outcome' ? k.outcomeDate : k.asOf;
}

function suggestionBlock(cal: Calibration, o: CalibrationRenderOptions, s: Style): string[] {
  const { c, t } = o;
  const out: string[] = [];
  if (cal.suggestions.length) {
    for (const sg of cal.suggestions) {
      out.push(`  ${s.bold(changeLine(sg, o))}`);
      out.push(`      ${s.dim(suggestionWhy(sg, o))}`);
    }
    out.push('', `  ${s.dim(c.writeHint(`clientfit calibrate ${safe(o.dir)} --write rubrics/calibrated.yaml`))}`);
  } else {
    out.push(`  ${c.noSuggestions(3)}`);
    if (cal.moreBadNeeded) out.push(`  ${c.needBad(cal.clients.bad, 3, cal.moreBadNeeded)}`);
    out.push(`  ${s.dim(c.needMoreHint)}`);
  }
  void t;
  return out;
}

/** The terminal report: the criteria table, the verdicts against outcomes, the suggestions, what the numbers mean. */
export function renderCalibrationText(cal: Calibration, o: CalibrationRenderOptions): string {
  const s = o.style ?? plain;
  const { c, t } = o;
  if (!cal.cases.length) return noneText(cal, o, s).join('\n') + '\n';
  const out: string[] = [];
  out.push(s.bold(c.title(safe(cal.rubric.id), cal.cases.length, cal.clients.bad, cal.clients.good)));
  out.push(s.dim(c.subtitle(cal.lead)));
  if (cal.clients.unlabelled) out.push(s.dim(c.unlabelled(cal.clients.unlabelled)));
  out.push('', s.bold(c.criteriaTitle));
  const rows = ordered(cal).map((x) => [
    safe(x.id),
    raisedCell(x.raisedBad, cal.clients.bad, x.intervalBad, o),
    raisedCell(x.raisedGood, cal.clients.good, x.intervalGood, o),
    num(x.lr, t, 1),
    separatesCell(x, o),
  ]);
  const lines = table([c.col.criterion, c.col.bad, c.col.good, c.col.lr, c.col.separates], rows, [false, false, false, true, false]);
  out.push(s.bold(lines[0]!));
  ordered(cal).forEach((x, i) => out.push(x.separates ? s.green(lines[i + 1]!) : lines[i + 1]!));
  const never = neverRaised(cal);
  if (never.length) out.push(`  ${s.dim(c.neverRaised(never.join(', ')))}`);
  out.push('', s.bold(c.accuracyTitle));
  for (const l of accuracyLines(cal, o)) out.push(`  ${l}`);
  const conf = table([c.confusionHead.actual, c.confusionHead.predictedBad, c.confusionHead.predictedGood], confusionRows(cal, o), [false, true, true]);
  out.push('', ...conf.map((l, i) => (i === 0 ? s.dim(`  ${l}`) : `  ${l}`)));
  if (cal.suggestions.length && cal.suggestedAccuracy !== null) out.push('', `  ${c.suggestedAccuracy(percent(cal.suggestedAccuracy, t))}`);
  out.push('', s.bold(c.suggestionsTitle), ...suggestionBlock(cal, o, s));
  if (cal.clients.skipped.length) out.push('', s.bold(c.skippedTitle), ...cal.clients.skipped.map((k) => `  ${c.skipped[k.reason]!(safe(k.file), skippedDate(cal, k))}`));
  out.push('', s.bold(c.meaningTitle), ...c.meaning.map((m) => `  ${s.dim(m)}`));
  return out.join('\n') + '\n';
}

const mdCell = (v: string) => v.replace(/\|/g, '\\|');

/** The same report as Markdown: tables a person can paste into notes or a pull request. */
export function renderCalibrationMarkdown(cal: Calibration, o: CalibrationRenderOptions): string {
  const { c, t } = o;
  if (!cal.cases.length) return noneText(cal, o, plain).join('\n').replace(/^(No |No hay )/, '# $1') + '\n';
  const out: string[] = [];
  out.push(`# ${mdCell(c.title(safe(cal.rubric.id), cal.cases.length, cal.clients.bad, cal.clients.good))}`, '', `_${c.subtitle(cal.lead)}_`);
  if (cal.clients.unlabelled) out.push('', c.unlabelled(cal.clients.unlabelled));
  out.push('', `## ${c.criteriaTitle}`, '');
  out.push(`| ${c.col.criterion} | ${c.col.bad} | ${c.col.good} | ${c.col.lr} | ${c.col.separates} |`, '|---|---|---|--:|---|');
  for (const x of ordered(cal)) {
    out.push(
      `| ${mdCell(safe(x.id))} | ${raisedCell(x.raisedBad, cal.clients.bad, x.intervalBad, o)} | ${raisedCell(x.raisedGood, cal.clients.good, x.intervalGood, o)} | ${num(x.lr, t, 1)} | ${x.separates ? `**${c.yes}**` : separatesCell(x, o)} |`,
    );
  }
  const never = neverRaised(cal);
  if (never.length) out.push('', c.neverRaised(never.map(mdCell).join(', ')));
  out.push('', `## ${c.accuracyTitle}`, '', ...accuracyLines(cal, o).map((l) => `- ${l}`));
  out.push('', `| ${c.confusionHead.actual} | ${c.confusionHead.predictedBad} | ${c.confusionHead.predictedGood} |`, '|---|--:|--:|');
  for (const r of confusionRows(cal, o)) out.push(`| ${r.join(' | ')} |`);
  if (cal.suggestions.length && cal.suggestedAccuracy !== null) out.push('', c.suggestedAccuracy(percent(cal.suggestedAccuracy, t)));
  out.push('', `## ${c.suggestionsTitle}`, '');
  if (cal.suggestions.length) for (const sg of cal.suggestions) out.push(`- **${mdCell(changeLine(sg, o))}** — ${suggestionWhy(sg, o)}`);
  else {
    out.push(c.noSuggestions(3));
    if (cal.moreBadNeeded) out.push('', c.needBad(cal.clients.bad, 3, cal.moreBadNeeded));
  }
  if (cal.clients.skipped.length) out.push('', `## ${c.skippedTitle}`, '', ...cal.clients.skipped.map((k) => `- ${c.skipped[k.reason]!(mdCell(safe(k.file)), skippedDate(cal, k))}`));
  out.push('', `## ${c.meaningTitle}`, '', ...c.meaning.map((m) => `- ${m}`));
  return out.join('\n') + '\n';
}

/** The design's `clientfit/calibration@1` object; numbers rounded to 4 places, never Infinity. */
export function calibrationJson(cal: Calibration, o: Pick<CalibrationRenderOptions, 't' | 'c'>) {
  return {
    schema: 'clientfit/calibration@1',
    lead: cal.lead,
    rubric: cal.rubric,
    clients: { bad: cal.clients.bad, good: cal.clients.good, unlabelled: cal.clients.unlabelled, skipped: cal.clients.skipped },
    accuracy: cal.accuracy === null ? null : r4(cal.accuracy),
    baseline: cal.baseline === null ? null : r4(cal.baseline),
    majority: cal.majority,
    confusion: cal.confusion,
    suggestedAccuracy: cal.suggestedAccuracy === null ? null : r4(cal.suggestedAccuracy),
    criteria: cal.criteria.map((x) => ({
      id: x.id,
      raisedBad: x.raisedBad,
      raisedGood: x.raisedGood,
      intervalBad: x.intervalBad.map(r4),
      intervalGood: x.intervalGood.map(r4),
      lr: r4(x.lr),
      separates: x.separates,
      moreNeeded: x.moreNeeded,
    })),
    suggestions: cal.suggestions.map((s) => ({ id: s.id, field: s.field, from: s.from, to: s.to, why: suggestionWhy(s, o) })),
    moreBadNeeded: cal.moreBadNeeded,
    cases: cal.cases.map((k) => ({ id: k.id, file: k.file, label: k.label, outcomeDate: k.outcomeDate, asOf: k.asOf, fit: k.fit, verdict: k.verdict })),
  };
}

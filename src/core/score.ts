import type { Client } from './client.js';
import { daysBetween, parseWindow, windowDays, windowStart, type IsoDate, type Range } from './dates.js';
import { metricFor, PROFILE_METRICS, type Evidence, type Metric, type MetricUnit } from './metrics/index.js';
import { ofType } from './metrics/types.js';
import type { ClientEvent } from './schema/event.js';
import type { Criterion, Rubric } from './schema/rubric.js';
import { valueAtStake, type ValueAtStake } from './value.js';

export type Status = 'ok' | 'warn' | 'flag';
export type Verdict = 'keep' | 'review' | 'exit';

export interface CriterionResult {
  criterion: Criterion;
  metricName: string;
  unit: MetricUnit;
  window: string;
  value: number | null;
  status: Status;
  severity: number;
  pointsLost: number;
  evidence: Evidence[];
  /** How many events the value rests on, and how many it takes to count in full (`min_evidence`). */
  n: number;
  minEvidence: number;
  /** min(1, n ÷ minEvidence): severity is scaled by it, so one event does not weigh like twenty. */
  evidenceFactor: number;
  /** Invoices left out of lateness because their payment date is unknown (`paid: true`). */
  unknownPaidDates?: number;
}

export interface Report {
  client: Client;
  asOf: IsoDate;
  rubric: Rubric;
  fit: number;
  verdict: Verdict;
  dealbreakers: string[];
  criteria: CriterionResult[];
  value: ValueAtStake;
  /** Share (0–1) of the rubric's weight whose metrics had data. */
  coverage: number;
  /** Praise in the rubric's window: shown in the report, and the exit draft thanks the client for it. */
  praise: { count: number; latest: ClientEvent | null };
  /** Set by redactReport: amounts are hidden when printing. */
  redacted?: boolean;
}

export interface ScoreOptions {
  asOf: IsoDate;
  targetRate?: number;
}

/**
 * 0 below `warn`, 1 at or past `flag`, rising linearly from 0.5 to 1 in between.
 * When warn > flag the metric is "lower is worse" and the comparisons flip.
 */
export function severity(value: number | null, warn: number, flag: number): number {
  if (value === null || Number.isNaN(value)) return 0;
  const lowerIsWorse = warn > flag;
  const v = lowerIsWorse ? -value : value;
  const w = lowerIsWorse ? -warn : warn;
  const f = lowerIsWorse ? -flag : flag;
  if (v >= f) return 1;
  if (v < w) return 0;
  return 0.5 + (0.5 * (v - w)) / (f - w);
}

export function statusOf(sev: number): Status {
  return sev >= 1 ? 'flag' : sev > 0 ? 'warn' : 'ok';
}

/** keep / review / exit from the fit and the rubric's bands. */
export function band(fit: number, bands: Rubric['bands']): Verdict {
  return fit >= bands.keep ? 'keep' : fit >= bands.review ? 'review' : 'exit';
}

export const round2 = (n: number) => Math.round(n * 100) / 100;

export function metricLabel(c: Criterion): string {
  return typeof c.metric === 'string' ? c.metric : `count(${c.metric.count.join(', ')})`;
}

/**
 * The events a criterion needs to count in full: its `min_evidence`, else 3 for a sample
 * (ratio, mean, median) and 1 for a count. A "lower is worse" count (too few check-ins) is
 * raised by the absence of events, so by default it needs none.
 */
export function minEvidenceOf(c: Pick<Criterion, 'min_evidence' | 'warn' | 'flag'>, metric: Pick<Metric, 'sample'>): number {
  if (c.min_evidence !== undefined) return c.min_evidence;
  if (metric.sample) return 3;
  return c.warn > c.flag ? 0 : 1;
}

/** The date an event's age is counted from: an invoice's `due` (when it could first be late), else its date. */
const ageFrom = (e: Pick<ClientEvent, 'type' | 'date' | 'due'>) => (e.type === 'invoice' && typeof e.due === 'string' ? e.due : e.date);

/** 0.5^(age ÷ half_life) for each event; 1 for all without a half-life. */
export function eventWeight(halfLife: string | undefined, asOf: IsoDate): (e: Pick<ClientEvent, 'type' | 'date' | 'due'>) => number {
  const w = halfLife ? parseWindow(halfLife) : null;
  if (!w) return () => 1;
  const days = windowDays(w);
  // By the day the age counts from: a metric asks for each event's weight two or three times.
  const byDay = new Map<string, number>();
  return (e) => {
    if (!e.date) return 1;
    const from = ageFrom(e);
    let weight = byDay.get(from);
    if (weight === undefined) byDay.set(from, (weight = 0.5 ** (Math.max(0, daysBetween(from, asOf)) / days)));
    return weight;
  };
}

const byDate = (a: Evidence, b: Evidence) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0);

/** The dates a criterion looks at as of a day: its window ending then (all time for a profile metric). */
export function criterionRange(c: Criterion, rubric: Rubric, asOf: IsoDate): Range {
  if (PROFILE_METRICS.has(String(c.metric))) return { start: '0000-00-00', end: '9999-12-31' };
  return { start: windowStart(asOf, parseWindow(c.window ?? rubric.window)!), end: asOf };
}

/** A criterion's metric computed at as-of, and the severity it gives (scaled for thin evidence). */
function measure(c: Criterion, client: Client, rubric: Rubric, opts: ScoreOptions) {
  const metric = metricFor(c.metric);
  if (!metric) throw new Error(`unknown metric ${metricLabel(c)}`); // buildRubric rejects these first
  const range = criterionRange(c, rubric, opts.asOf);
  const weight = eventWeight(c.half_life, opts.asOf);
  const graceDays = c.grace_days ?? rubric.grace_days ?? 3;
  const r = metric.compute({ client, asOf: opts.asOf, range, targetRate: opts.targetRate, graceDays, weight });
  // Inputs are finite and below 1e12 (schema), but a quotient of them need not be (1e11 ÷ 1e-300
  // hours): a value that is not a number is no data, never Infinity or NaN in a report.
  if (r.value !== null && !Number.isFinite(r.value)) r.value = null;
  const n = r.n ?? r.evidence.length;
  const minEvidence = minEvidenceOf(c, metric);
  const evidenceFactor = r.value === null || minEvidence === 0 ? 1 : Math.min(1, n / minEvidence);
  return { metric, weight, r, n, minEvidence, evidenceFactor, sev: severity(r.value, c.warn, c.flag) * evidenceFactor };
}

/** The points one criterion takes off at as-of, as its report gives them, without the evidence list (`history` asks often). */
export function pointsLostOn(c: Criterion, client: Client, rubric: Rubric, opts: ScoreOptions): number {
  return round2(c.weight * measure(c, client, rubric, opts).sev);
}

/** Evaluates one criterion for a client at as-of. */
export function evaluateCriterion(c: Criterion, client: Client, rubric: Rubric, opts: ScoreOptions): CriterionResult {
  const { metric, weight, r, n, minEvidence, evidenceFactor, sev } = measure(c, client, rubric, opts);
  return {
    criterion: c,
    metricName: metricLabel(c),
    unit: metric.unit,
    window: c.window ?? rubric.window,
    value: r.value,
    status: statusOf(sev),
    severity: round2(sev),
    pointsLost: round2(c.weight * sev),
    evidence: r.evidence.map((e) => ({ ...e, weight: round2(weight(e.event)) })).sort(byDate),
    n,
    minEvidence,
    evidenceFactor: round2(evidenceFactor),
    ...(r.unknownPaidDates ? { unknownPaidDates: r.unknownPaidDates } : {}),
  };
}

/** Fit, dealbreakers and verdict from criteria severities: the design's formula, in one place. */
export function outcome(
  criteria: { criterion: Pick<Criterion, 'id' | 'dealbreaker'>; severity: number; pointsLost: number }[],
  bands: Rubric['bands'],
): { fit: number; verdict: Verdict; dealbreakers: string[] } {
  const lost = criteria.reduce((s, r) => s + r.pointsLost, 0);
  const fit = Math.max(0, Math.min(100, Math.round(round2(100 - lost))));
  const dealbreakers = criteria.filter((r) => r.criterion.dealbreaker && r.severity >= 1).map((r) => r.criterion.id);
  return { fit, verdict: dealbreakers.length ? 'exit' : band(fit, bands), dealbreakers };
}

/** Praise events in the rubric's window, and the most recent one. */
function praiseIn(client: Client, rubric: Rubric, asOf: IsoDate): Report['praise'] {
  const start = windowStart(asOf, parseWindow(rubric.window)!);
  const praise = ofType({ client, range: { start, end: asOf } }, 'praise');
  return { count: praise.length, latest: praise.reduce<ClientEvent | null>((a, e) => (!a || e.date >= a.date ? e : a), null) };
}

/** Applies a rubric to a client: the whole scored report, deterministic and explainable. */
export function score(client: Client, rubric: Rubric, opts: ScoreOptions): Report {
  const criteria = rubric.criteria.map((c) => evaluateCriterion(c, client, rubric, opts));
  const { fit, verdict, dealbreakers } = outcome(criteria, rubric.bands);
  const totalWeight = criteria.reduce((s, r) => s + r.criterion.weight, 0);
  const covered = criteria.filter((r) => r.value !== null).reduce((s, r) => s + r.criterion.weight, 0);
  return {
    client,
    asOf: opts.asOf,
    rubric,
    fit,
    verdict,
    dealbreakers,
    criteria,
    value: valueAtStake(client, rubric, opts),
    coverage: totalWeight > 0 ? round2(covered / totalWeight) : 1,
    praise: praiseIn(client, rubric, opts.asOf),
  };
}

import type { Client } from './client.js';
import { parseWindow, windowStart, type IsoDate } from './dates.js';
import { metricFor, PROFILE_METRICS, type Evidence, type MetricUnit } from './metrics/index.js';
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

/** Evaluates one criterion for a client at as-of. */
export function evaluateCriterion(c: Criterion, client: Client, rubric: Rubric, opts: ScoreOptions): CriterionResult {
  const metric = metricFor(c.metric);
  if (!metric) throw new Error(`unknown metric ${metricLabel(c)}`); // buildRubric rejects these first
  const window = c.window ?? rubric.window;
  const w = parseWindow(window)!;
  const range = PROFILE_METRICS.has(String(c.metric))
    ? { start: '0000-00-00', end: '9999-12-31' }
    : { start: windowStart(opts.asOf, w), end: opts.asOf };
  const { value, evidence } = metric.compute({ client, asOf: opts.asOf, range, targetRate: opts.targetRate });
  const sev = severity(value, c.warn, c.flag);
  return {
    criterion: c,
    metricName: metricLabel(c),
    unit: metric.unit,
    window,
    value,
    status: statusOf(sev),
    severity: round2(sev),
    pointsLost: round2(c.weight * sev),
    evidence: evidence.sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0)),
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
  };
}

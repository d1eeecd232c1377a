import type { MetricUnit } from './metrics/index.js';
import { outcome, round2, severity, type CriterionResult, type Report, type Verdict } from './score.js';

/** How a criterion's value must move: strictly below/above a threshold, or at most/least a value. */
export type Op = 'below' | 'atMost' | 'above' | 'atLeast';

export interface WhatIfChange {
  id: string;
  metric: string;
  unit: MetricUnit;
  op: Op;
  from: number | null;
  to: number;
}

/** One set of criterion changes and where it would land. */
export interface WhatIfOption {
  verdict: Verdict;
  fit: number;
  changes: WhatIfChange[];
}

export interface WhatIf {
  up: WhatIfOption[];
  down: WhatIfOption[];
}

const ORDER: Verdict[] = ['exit', 'review', 'keep'];
const MAX_OPTIONS = 3;
const MAX_SET = 6;
/**
 * Only the heaviest criteria are combined: C(12, 6) = 924 sets at most, where 40 raised
 * criteria gave C(40, 6) = 3.8 million and a run of minutes (found by the fuzz corpus).
 * Moving up loses nothing by it: fit only depends on the points recovered, so if any k
 * criteria are enough, the k heaviest are too.
 */
const MAX_POOL = 12;

const isInteger = (u: MetricUnit) => u === 'count' || u === 'bool';

/** A concrete value that satisfies the change (used to verify it, and by tests). */
export function satisfying(c: Pick<WhatIfChange, 'op' | 'to'>): number {
  const eps = 1e-6 * Math.max(1, Math.abs(c.to));
  return c.op === 'below' ? c.to - eps : c.op === 'above' ? c.to + eps : c.to;
}

/** The value that brings a criterion to severity `target` (0 = quiet, 1 = fully raised). */
function changeTo(r: CriterionResult, target: number): WhatIfChange {
  const { warn, flag } = r.criterion;
  const lowerIsWorse = warn > flag;
  const int = isInteger(r.unit);
  const base = { id: r.criterion.id, metric: r.metricName, unit: r.unit, from: r.value };
  if (target >= 1) {
    if (lowerIsWorse) return { ...base, op: 'atMost', to: int ? Math.floor(flag) : flag };
    return { ...base, op: 'atLeast', to: int ? Math.ceil(flag) : flag };
  }
  if (target <= 0) {
    if (lowerIsWorse) return int ? { ...base, op: 'atLeast', to: Math.floor(warn) + 1 } : { ...base, op: 'above', to: warn };
    return int ? { ...base, op: 'atMost', to: Math.ceil(warn) - 1 } : { ...base, op: 'below', to: warn };
  }
  // Partial: the severity ramp runs from 0.5 at warn to 1 at flag.
  const v = lowerIsWorse ? warn - (target - 0.5) * 2 * (warn - flag) : warn + (target - 0.5) * 2 * (flag - warn);
  if (lowerIsWorse) return { ...base, op: 'atLeast', to: int ? Math.ceil(v) : round2(v + 0.005) };
  return { ...base, op: 'atMost', to: int ? Math.floor(v) : round2(v - 0.005) };
}

/** Re-scores the report with some criteria's values replaced. */
export function applyChanges(report: Report, changes: WhatIfChange[]): { fit: number; verdict: Verdict } {
  const byId = new Map(changes.map((c) => [c.id, satisfying(c)]));
  const criteria = report.criteria.map((r) => {
    // A changed value stands for new events, enough of them to count in full; an unchanged
    // criterion keeps its thin-evidence scaling.
    if (!byId.has(r.criterion.id)) return r;
    const sev = severity(byId.get(r.criterion.id)!, r.criterion.warn, r.criterion.flag);
    return { criterion: r.criterion, severity: sev, pointsLost: round2(r.criterion.weight * sev) };
  });
  const { fit, verdict } = outcome(criteria, report.rubric.bands);
  return { fit, verdict };
}

function* combinations<T>(items: T[], k: number, start = 0, acc: T[] = []): Generator<T[]> {
  if (acc.length === k) {
    yield acc;
    return;
  }
  for (let i = start; i < items.length; i++) yield* combinations(items, k, i + 1, [...acc, items[i]!]);
}

const rank = (v: Verdict) => ORDER.indexOf(v);

/**
 * The smallest sets of criterion changes that move the verdict one band up (better) or
 * down (worse). Every option returned has been checked by re-scoring with the new values.
 */
export function whatIf(report: Report): WhatIf {
  return { up: moveUp(report), down: moveDown(report) };
}

function moveUp(report: Report): WhatIfOption[] {
  const current = rank(report.verdict);
  if (current >= ORDER.length - 1) return [];
  const mandatory = report.criteria.filter((r) => r.criterion.dealbreaker && r.severity >= 1);
  const pool = report.criteria.filter((r) => r.severity > 0 && !mandatory.includes(r)).sort((a, b) => b.pointsLost - a.pointsLost)
    .slice(0, MAX_POOL);
  const options: WhatIfOption[] = [];
  for (let k = 0; k <= Math.min(MAX_SET, pool.length) && !options.length; k++) {
    for (const set of combinations(pool, k)) {
      const full = [...mandatory, ...set].map((r) => changeTo(r, 0));
      if (rank(applyChanges(report, full).verdict) <= current) continue;
      // Soften the smallest change to a partial one when that is still enough.
      const changes = set.length ? tryPartial(report, [...mandatory, ...set], current) : full;
      const after = applyChanges(report, changes);
      options.push({ ...after, changes });
      if (options.length >= MAX_OPTIONS) break;
    }
  }
  return options;
}

function tryPartial(report: Report, set: CriterionResult[], current: number): WhatIfChange[] {
  const full = set.map((r) => changeTo(r, 0));
  const last = set[set.length - 1]!;
  if (last.criterion.dealbreaker) return full;
  for (let target = 0.95; target >= 0.5; target -= 0.05) {
    if (target >= last.severity) continue;
    const candidate = [...full.slice(0, -1), changeTo(last, target)];
    if (rank(applyChanges(report, candidate).verdict) > current) return candidate;
  }
  return full;
}

function moveDown(report: Report): WhatIfOption[] {
  const current = rank(report.verdict);
  if (current <= 0) return [];
  const target = ORDER[current - 1]!;
  // Dealbreakers are left out: "one abuse event" is not a change anyone plans for.
  const pool = report.criteria
    .filter((r) => r.severity < 1 && !r.criterion.dealbreaker)
    .sort((a, b) => b.criterion.weight * (1 - b.severity) - a.criterion.weight * (1 - a.severity))
    .slice(0, MAX_POOL);
  const options: WhatIfOption[] = [];
  for (let k = 1; k <= Math.min(MAX_SET, pool.length) && !options.length; k++) {
    for (const set of combinations(pool, k)) {
      const changes = set.map((r) => changeTo(r, 1));
      const after = applyChanges(report, changes);
      // One band down, not a jump past it (a dealbreaker from keep lands in exit).
      if (after.verdict !== target && !(after.verdict === 'exit' && target === 'exit')) continue;
      options.push({ ...after, changes });
      if (options.length >= MAX_OPTIONS) break;
    }
  }
  return options;
}


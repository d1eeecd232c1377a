import type { CriterionResult, Report } from './score.js';

/** How one criterion moved between two reports. */
export interface CriterionDelta {
  id: string;
  result: CriterionResult;
  valueFrom: number | null;
  valueTo: number | null;
  pointsFrom: number;
  pointsTo: number;
}

export interface Comparison {
  from: Report;
  to: Report;
  /** Same rubric, earlier date → later date: what the client did. */
  behaviour: CriterionDelta[];
  /** Same date, old rubric → new rubric: what changing the rubric did (empty with one rubric). */
  rubric: CriterionDelta[];
}

function deltas(a: Report, b: Report): CriterionDelta[] {
  const before = new Map(a.criteria.map((c) => [c.criterion.id, c]));
  const out: CriterionDelta[] = [];
  const ids = new Set([...a.criteria.map((c) => c.criterion.id), ...b.criteria.map((c) => c.criterion.id)]);
  for (const id of ids) {
    const ca = before.get(id);
    const cb = b.criteria.find((c) => c.criterion.id === id);
    const pointsFrom = ca?.pointsLost ?? 0;
    const pointsTo = cb?.pointsLost ?? 0;
    // Only what moved the score: a value that changed without costing points is noise here.
    if (pointsFrom === pointsTo) continue;
    out.push({ id, result: (cb ?? ca)!, valueFrom: ca?.value ?? null, valueTo: cb?.value ?? null, pointsFrom, pointsTo });
  }
  return out.sort((x, y) => Math.abs(y.pointsTo - y.pointsFrom) - Math.abs(x.pointsTo - x.pointsFrom));
}

/**
 * Compares the report at an earlier date with today's. With a second rubric, the change is
 * split in two: `then (old rubric) → now (old rubric)` is the client's behaviour, and
 * `now (old rubric) → now (new rubric)` is the rubric's doing.
 */
export function compare(then: Report, nowSameRubric: Report, nowNewRubric?: Report): Comparison {
  return {
    from: then,
    to: nowNewRubric ?? nowSameRubric,
    behaviour: deltas(then, nowSameRubric),
    rubric: nowNewRubric ? deltas(nowSameRubric, nowNewRubric) : [],
  };
}

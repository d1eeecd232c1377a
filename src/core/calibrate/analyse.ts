import type { Criterion, Rubric } from '../schema/rubric.js';
import type { OutcomeLabel } from '../schema/client.js';
import { predictsBad, rescore, type CalibrationCase, type CaseResult, type SkipReason } from './cases.js';
import { disjoint, jeffreys, likelihoodRatio, MIN_BAD_RAISED, moreClientsNeeded, type Interval } from './stats.js';
import { applySuggestions, suggest, tally, without, type Suggestion, type Tally } from './suggest.js';

/** How one criterion fared among the labelled clients. */
export interface CriterionStats {
  id: string;
  title: Criterion['title'];
  weight: number;
  dealbreaker: boolean;
  /** Clients for whom it was raised (warn or flag) at their cut-off. */
  raisedBad: number;
  raisedGood: number;
  intervalBad: Interval;
  intervalGood: Interval;
  /** P(raised | bad) ÷ P(raised | good), ½ added to each count. */
  lr: number;
  /** The two intervals do not overlap. */
  separates: boolean;
  /** About how many more labelled clients it would take to count (0: it already does; null: not at these rates). */
  moreNeeded: number | null;
}

/** Predicted bad (exit or review) or good (keep), by actual label. */
export interface Confusion {
  bad: { predictedBad: number; predictedGood: number };
  good: { predictedBad: number; predictedGood: number };
}

export interface Calibration {
  lead: string;
  rubric: { id: string; file: string | null };
  clients: { bad: number; good: number; unlabelled: number; skipped: { id: string; file: string; label: OutcomeLabel; outcomeDate: string; asOf: string; reason: SkipReason }[] };
  cases: CalibrationCase[];
  /**
   * Share of labelled clients whose verdict matched their label. The rubric learns nothing
   * from them, so this is its leave-one-out accuracy too. null without labelled clients.
   */
  accuracy: number | null;
  /** Always guessing the larger group's label. */
  baseline: number | null;
  majority: OutcomeLabel | 'tie' | null;
  confusion: Confusion;
  /** The suggested changes tested leave-one-out: learned without each client, then applied to it. */
  suggestedAccuracy: number | null;
  criteria: CriterionStats[];
  suggestions: Suggestion[];
  /** Bad clients still to label before any suggestion can be made (0 when there are enough). */
  moreBadNeeded: number;
}

const share = (k: number, n: number) => (n ? k / n : null);

/** Each criterion's raises by label (from the tally the suggestions use), with their intervals. */
function criterionStats(t: Tally, rubric: Rubric): CriterionStats[] {
  const { bad: nBad, good: nGood } = t;
  return rubric.criteria.map((cr, i) => {
    const { raisedBad: kB, raisedGood: kG } = t.criteria[i]!;
    const intervalBad = jeffreys(kB, nBad);
    const intervalGood = jeffreys(kG, nGood);
    return {
      id: cr.id,
      title: cr.title,
      weight: cr.weight,
      dealbreaker: Boolean(cr.dealbreaker),
      raisedBad: kB,
      raisedGood: kG,
      intervalBad,
      intervalGood,
      lr: likelihoodRatio(kB, nBad, kG, nGood),
      separates: nBad > 0 && nGood > 0 && disjoint(intervalBad, intervalGood),
      moreNeeded: nBad + nGood ? moreClientsNeeded(kB, nBad, kG, nGood) : null,
    };
  });
}

/**
 * How well the rubric foresaw the labelled clients, which criteria told bad from good, and
 * what to change — only where the evidence is strong enough (see suggest).
 */
export function analyse(results: readonly CaseResult[], rubric: Rubric, lead: string): Calibration {
  const cases = results.flatMap((r) => (r.kind === 'case' ? [r.case] : []));
  cases.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const skipped = results.flatMap((r) => (r.kind === 'skipped' ? [{ id: r.id, file: r.file, label: r.label, outcomeDate: r.outcomeDate, asOf: r.asOf, reason: r.reason }] : []));
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const all = tally(cases, rubric);
  const { bad: nBad, good: nGood } = all;
  const confusion: Confusion = { bad: { predictedBad: 0, predictedGood: 0 }, good: { predictedBad: 0, predictedGood: 0 } };
  for (const c of cases) confusion[c.label][predictsBad(c.verdict) ? 'predictedBad' : 'predictedGood']++;
  const right = confusion.bad.predictedBad + confusion.good.predictedGood;
  const criteria = criterionStats(all, rubric);
  const suggestions = suggest(all, rubric);
  return {
    lead,
    rubric: { id: rubric.id, file: rubric.file ?? null },
    clients: { bad: nBad, good: nGood, unlabelled: results.filter((r) => r.kind === 'unlabelled').length, skipped },
    cases,
    accuracy: share(right, cases.length),
    baseline: share(Math.max(nBad, nGood), cases.length),
    majority: !cases.length ? null : nBad > nGood ? 'bad' : nGood > nBad ? 'good' : 'tie',
    confusion,
    suggestedAccuracy: suggestions.length ? looAccuracy(cases, rubric, all) : share(right, cases.length),
    criteria,
    suggestions,
    moreBadNeeded: Math.max(0, MIN_BAD_RAISED - nBad),
  };
}

/** Leave-one-out: the suggestions learned from every other client, applied to the one left out. */
export function looAccuracy(cases: readonly CalibrationCase[], rubric: Rubric, all = tally(cases, rubric)): number | null {
  if (!cases.length) return null;
  let right = 0;
  for (const c of cases) {
    const changed = applySuggestions(rubric, suggest(without(all, c, rubric), rubric));
    if (predictsBad(rescore(c, changed).verdict) === (c.label === 'bad')) right++;
  }
  return right / cases.length;
}

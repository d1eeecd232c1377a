import type { Criterion, Rubric } from '../schema/rubric.js';
import { round2 } from '../score.js';
import type { CalibrationCase } from './cases.js';
import { disjoint, jeffreys, likelihoodRatio, MIN_BAD_RAISED, type Interval } from './stats.js';

/** Why a change is suggested: the counts and intervals behind it, worded by the renderer. */
export interface SuggestionWhy {
  kind: 'weight-up' | 'weight-down' | 'threshold';
  raisedBad: number;
  bad: number;
  raisedGood: number;
  good: number;
  intervalBad: Interval;
  intervalGood: Interval;
  lr: number;
  /** threshold: the nearest values of the two groups, which the new threshold falls between. */
  split?: { good: number; bad: number };
}

export interface Suggestion {
  id: string;
  field: 'weight' | 'warn' | 'flag';
  from: number;
  to: number;
  why: SuggestionWhy;
}

/** A weight grows by half, never past what would let one criterion alone drop a client below `review`. */
const UP = 1.5;
const DOWN = 0.5;
/** Values a clean split needs on each side before a threshold is moved. */
const MIN_VALUES = { bad: MIN_BAD_RAISED, good: 2 };

/**
 * What the suggestions need to know of one criterion over a set of clients: raise counts,
 * and the two values nearest the other group on each side (in "higher is worse" terms),
 * so that leaving one client out is a subtraction, not another pass over every client.
 */
export interface CriterionTally {
  raisedBad: number;
  raisedGood: number;
  badValues: number;
  goodValues: number;
  /** The two lowest bad values and the two highest good ones (oriented). */
  bestBad: [number, number];
  worstGood: [number, number];
}

export interface Tally {
  bad: number;
  good: number;
  criteria: CriterionTally[];
}

const higherIsWorse = (c: Pick<Criterion, 'warn' | 'flag'>) => c.warn <= c.flag;

export function tally(cases: readonly CalibrationCase[], rubric: Rubric): Tally {
  const criteria: CriterionTally[] = rubric.criteria.map(() => ({ raisedBad: 0, raisedGood: 0, badValues: 0, goodValues: 0, bestBad: [Infinity, Infinity], worstGood: [-Infinity, -Infinity] }));
  let bad = 0;
  for (const c of cases) {
    if (c.label === 'bad') bad++;
    rubric.criteria.forEach((cr, i) => {
      const t = criteria[i]!;
      const cc = c.criteria[i]!;
      const raised = cc.status !== 'ok';
      if (c.label === 'bad') t.raisedBad += Number(raised);
      else t.raisedGood += Number(raised);
      if (cc.value === null) return;
      const v = higherIsWorse(cr) ? cc.value : -cc.value;
      if (c.label === 'bad') {
        t.badValues++;
        if (v < t.bestBad[0]) t.bestBad = [v, t.bestBad[0]];
        else if (v < t.bestBad[1]) t.bestBad[1] = v;
      } else {
        t.goodValues++;
        if (v > t.worstGood[0]) t.worstGood = [v, t.worstGood[0]];
        else if (v > t.worstGood[1]) t.worstGood[1] = v;
      }
    });
  }
  return { bad, good: cases.length - bad, criteria };
}

/** The tally without one of its clients (leave-one-out). */
export function without(t: Tally, c: CalibrationCase, rubric: Rubric): Tally {
  const isBad = c.label === 'bad';
  return {
    bad: t.bad - Number(isBad),
    good: t.good - Number(!isBad),
    criteria: t.criteria.map((x, i) => {
      const cc = c.criteria[i]!;
      const raised = Number(cc.status !== 'ok');
      const next: CriterionTally = { ...x, raisedBad: x.raisedBad - (isBad ? raised : 0), raisedGood: x.raisedGood - (isBad ? 0 : raised) };
      if (cc.value === null) return next;
      const v = higherIsWorse(rubric.criteria[i]!) ? cc.value : -cc.value;
      // Removing the extreme value promotes the runner-up; a tie with another client's value changes nothing.
      if (isBad) {
        next.badValues--;
        if (v === x.bestBad[0]) next.bestBad = [x.bestBad[1], Infinity];
      } else {
        next.goodValues--;
        if (v === x.worstGood[0]) next.worstGood = [x.worstGood[1], -Infinity];
      }
      return next;
    }),
  };
}

/** A threshold between two values: rounded to 2 decimals when that stays strictly between them. */
function between(lo: number, hi: number): number {
  const mid = (lo + hi) / 2;
  const r = round2(mid);
  return r > lo && r < hi ? r : mid;
}

/** The values of the two groups split cleanly and the current threshold is not in the gap: a threshold there. */
function thresholdSuggestions(cr: Criterion, x: CriterionTally, why: Omit<SuggestionWhy, 'kind'>): Suggestion[] {
  if (x.badValues < MIN_VALUES.bad || x.goodValues < MIN_VALUES.good) return [];
  const hw = higherIsWorse(cr);
  const sign = hw ? 1 : -1;
  const bestBad = x.bestBad[0];
  const worstGood = x.worstGood[0];
  const warn = sign * cr.warn;
  const flag = sign * cr.flag;
  if (!(bestBad > worstGood)) return [];
  if (warn > worstGood && warn <= bestBad) return [];
  const to = between(worstGood, bestBad);
  const split = { good: sign * worstGood, bad: sign * bestBad };
  const out: Suggestion[] = [{ id: cr.id, field: 'warn', from: cr.warn, to: sign * to, why: { ...why, kind: 'threshold', split } }];
  // The ramp from warn to flag keeps its width when warn would reach flag.
  if (to >= flag) out.push({ id: cr.id, field: 'flag', from: cr.flag, to: round2(sign * (to + Math.max(flag - warn, 0))), why: { ...why, kind: 'threshold', split } });
  return out;
}

/**
 * Changes backed by the labelled clients, and only those: a criterion whose intervals for
 * bad and good clients do not overlap and that at least MIN_BAD_RAISED bad clients raised.
 * Weight up when it fires for bad clients, down when it fires for good ones; a threshold
 * when the two groups' values split cleanly and the current one does not sit in the gap.
 * Dealbreakers are left alone: their verdict does not depend on a weight.
 */
export function suggest(t: Tally, rubric: Rubric): Suggestion[] {
  const { bad, good } = t;
  if (!bad || !good) return [];
  const cap = Math.max(1, 100 - rubric.bands.review);
  const out: Suggestion[] = [];
  rubric.criteria.forEach((cr, i) => {
    const x = t.criteria[i]!;
    if (cr.dealbreaker || x.raisedBad < MIN_BAD_RAISED) return;
    const intervalBad = jeffreys(x.raisedBad, bad);
    const intervalGood = jeffreys(x.raisedGood, good);
    if (!disjoint(intervalBad, intervalGood)) return;
    const why = { raisedBad: x.raisedBad, bad, raisedGood: x.raisedGood, good, intervalBad, intervalGood, lr: likelihoodRatio(x.raisedBad, bad, x.raisedGood, good) };
    if (x.raisedBad / bad > x.raisedGood / good) {
      const to = Math.min(cap, Math.round(cr.weight * UP));
      if (to > cr.weight) out.push({ id: cr.id, field: 'weight', from: cr.weight, to, why: { ...why, kind: 'weight-up' } });
      for (const s of thresholdSuggestions(cr, x, why)) out.push(s);
    } else {
      const to = Math.max(1, Math.round(cr.weight * DOWN));
      if (to < cr.weight) out.push({ id: cr.id, field: 'weight', from: cr.weight, to, why: { ...why, kind: 'weight-down' } });
    }
  });
  return out;
}

/** The rubric with the suggested changes made: what `--write` extends it with. */
export function applySuggestions(rubric: Rubric, suggestions: readonly Suggestion[]): Rubric {
  if (!suggestions.length) return rubric;
  const criteria = rubric.criteria.map((c) => {
    const mine = suggestions.filter((s) => s.id === c.id);
    if (!mine.length) return c;
    const next = { ...c };
    for (const s of mine) next[s.field] = s.to;
    return next;
  });
  return { ...rubric, criteria };
}

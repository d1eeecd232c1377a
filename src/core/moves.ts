import { apportion } from './apportion.js';
import { addDaysIso, type IsoDate } from './dates.js';
import { metricFor, type Ageing, type Evidence, type Metric } from './metrics/index.js';
import { paidBy } from './metrics/invoices.js';
import { GRACE_DAYS } from './metrics/messages.js';
import { ofType } from './metrics/types.js';
import type { ClientEvent } from './schema/event.js';
import type { Criterion } from './schema/rubric.js';
import { criterionRange, pointsLostOn, type CriterionResult, type Report } from './score.js';

/** Fit points: the exact value (2 decimals) and the whole number shown. Positive: the fit went up. */
export interface Share {
  exact: number;
  points: number;
}

/** What one new event did to a criterion. */
export interface EventShare extends Share {
  evidence: Evidence;
}

/** Several events counted together. */
export interface Lump extends Share {
  count: number;
}

/**
 * Why time alone moved a criterion, where that is cheap to tell: events that left its window,
 * invoices paid or falling due, messages answered or going unanswered, older events weighing less.
 */
export type TimeReason = { kind: 'left' | Exclude<Ageing, 'decay'>; count: number } | { kind: 'decay'; halfLife: string };

/** One criterion's part in a move, split into what new events did and what time did. */
export interface CriterionMove extends Share {
  criterion: Criterion;
  /** New events in the criterion's evidence, in date order, each with its share (none of 0). */
  events: EventShare[];
  /** The new evidence past the first MAX_NAMED_EVENTS, together. */
  more: Lump | null;
  /** New events the metric reads that are not evidence (an invoice paid on time, an answered message). */
  others: Lump | null;
  time: Share & { reasons: TimeReason[] };
}

/** A step between two points where the fit moved, and every part of that change. */
export interface Move {
  from: IsoDate;
  to: IsoDate;
  fitFrom: number;
  fitTo: number;
  /** fitTo − fitFrom: the criteria's points add up to it. */
  change: number;
  /** 100 − Σ points lost at `to`, less the same at `from`: the criteria's exact values add up to it. */
  rawChange: number;
  /** Set when the fit sat at 0 or 100 with more (or fewer) points lost than that: the shares are scaled to `change`. */
  clampedAt: 0 | 100 | null;
  /** Criteria whose points lost changed, the biggest part first. */
  criteria: CriterionMove[];
}

/** Events given a share of their own, per criterion and move; the rest are one "N more" entry (each costs a scoring). */
export const MAX_NAMED_EVENTS = 25;

const cents = (n: number) => Math.round(n * 100);

const byDateFileLine = (x: ClientEvent, y: ClientEvent) =>
  x.date < y.date ? -1 : x.date > y.date ? 1 : x.file < y.file ? -1 : x.file > y.file ? 1 : x.line - y.line;

/** A window ending at as-of can see the event: dated in it, or (an invoice) falling due in it. */
const seenFrom = (e: ClientEvent, start: IsoDate) => e.date > start || (typeof e.due === 'string' && e.due > start);

/** A part in fit cents, before it becomes points. */
interface Parts {
  events: { evidence: Evidence; c: number }[];
  more: { count: number; c: number } | null;
  others: { count: number; c: number } | null;
  time: { c: number; reasons: TimeReason[] };
}

/**
 * Splits one criterion's change between `a` and `b` (points lost, exact):
 *   pl(B) − pl(A) = [f(S_B, B) − f(S_A, B)]  new events, dated in (A, B]
 *                 + [f(S_A, B) − pl(A)]      time passing on what was already known
 * where S_X is the events dated up to X and f(S, T) the points lost with only S, as of T. The new
 * events' part is shared by adding the new evidence one event at a time (date, file, line) on top
 * of S_A and the other new events. Each f is a scoring of one criterion on a copy of the client
 * holding only the events its metric reads that B's window can see, checked against the full
 * client at B; anything f cannot see (an event dated after the day it counts on) is left in time.
 */
function criterionParts(ra: CriterionResult, rb: CriterionResult, a: Report, b: Report, targetRate: number | undefined): Parts {
  const c = rb.criterion;
  const { client, rubric } = b;
  const A = a.asOf;
  const B = b.asOf;
  const metric = metricFor(c.metric)!;
  const reads = new Set(metric.reads);
  const startA = criterionRange(c, rubric, A).start;
  const startB = criterionRange(c, rubric, B).start;
  const relevant = (e: ClientEvent) => reads.has(e.type) && seenFrom(e, startB);
  // Invoices sit in a lateness metric's window by their due date, in any other by their date.
  const byDue = metric.ageing.includes('fellDue');
  const inWindow = (e: ClientEvent, start: IsoDate) => (byDue && e.type === 'invoice' && typeof e.due === 'string' ? e.due : e.date) > start;

  let left = 0;
  let known: ClientEvent[] = [];
  // Every event of those types dated up to B, in the client's order (through the type index).
  for (const e of ofType({ client, range: { start: '', end: B } }, ...reads)) {
    if (seenFrom(e, startB)) known.push(e);
    if (e.date <= A && inWindow(e, startA) && !inWindow(e, startB)) left++;
  }
  const fresh = new Map<object, Evidence>();
  for (const ev of rb.evidence) if (ev.event.date > A && ev.event.date <= B) fresh.set(ev.event, ev);

  const lost = (events: ClientEvent[]) => cents(pointsLostOn(c, { ...client, events }, rubric, { asOf: B, targetRate }));
  const complete = [...fresh.keys()].every((e) => relevant(e as ClientEvent));
  let vB = complete ? lost(known) : NaN;
  // The copy must score as the full client does; if it does not, a metric reads more than it says.
  if (vB !== cents(rb.pointsLost)) {
    known = client.events.filter((e) => e.date <= B);
    vB = lost(known);
  }

  const isNew = (e: ClientEvent) => e.date > A;
  const named = known.filter((e) => fresh.has(e)).sort(byDateFileLine);
  const rank = new Map(named.map((e, i) => [e, i]));
  const others = known.filter((e) => isNew(e) && !rank.has(e)).length;
  /** S_A, the other new events, and the first i new evidence events. */
  const upTo = (i: number) => known.filter((e) => !isNew(e) || (rank.get(e) ?? -1) < i);
  const vA = lost(known.filter((e) => !isNew(e)));
  const vBase = !others ? vA : named.length ? lost(upTo(0)) : vB;
  const shown = Math.min(named.length, MAX_NAMED_EVENTS);
  const steps = [vBase];
  for (let i = 1; i <= shown; i++) steps.push(i === named.length ? vB : lost(upTo(i)));

  const events = named
    .slice(0, shown)
    .map((e, i) => ({ evidence: fresh.get(e)!, c: steps[i]! - steps[i + 1]! }))
    .filter((x) => x.c !== 0);
  const moreC = steps[shown]! - vB;
  const timeC = cents(ra.pointsLost) - cents(rb.pointsLost) - (vA - vB);
  const old = timeC ? known.filter((e) => !isNew(e) && relevant(e)) : [];
  return {
    events,
    more: moreC ? { count: named.length - shown, c: moreC } : null,
    others: vA !== vBase ? { count: others, c: vA - vBase } : null,
    time: { c: timeC, reasons: timeC ? timeReasons(c, metric, old, A, B, left) : [] },
  };
}

/** What time did to the events known at A, as far as counting tells, for the ways this metric moves with time. */
function timeReasons(c: Criterion, metric: Metric, old: ClientEvent[], A: IsoDate, B: IsoDate, left: number): TimeReason[] {
  const within = (d: unknown) => typeof d === 'string' && d > A && d <= B;
  const invoices = old.filter((e) => e.type === 'invoice');
  const messages = old.filter((e) => e.type === 'message');
  // A message is judged once answered or 7 days old: unanswered by B, judged at B and not at A.
  const judgedFromA = addDaysIso(A, -GRACE_DAYS);
  const judgedFromB = addDaysIso(B, -GRACE_DAYS);
  const counts: Record<Exclude<Ageing, 'decay'>, () => number> = {
    paid: () => invoices.filter((e) => within(e.paid) || (e.payments ?? []).some((p) => within(p.date))).length,
    fellDue: () => invoices.filter((e) => within(e.due)).length,
    unpaid: () => invoices.filter((e) => typeof e.due === 'string' && e.due < B && !paidBy(e, B)).length,
    answered: () => messages.filter((e) => within(e.answered)).length,
    unanswered: () => messages.filter((e) => !(typeof e.answered === 'string' && e.answered <= B) && e.date >= judgedFromA && e.date < judgedFromB).length,
  };
  const out: TimeReason[] = left ? [{ kind: 'left', count: left }] : [];
  for (const kind of metric.ageing) {
    if (kind === 'decay') continue;
    const n = counts[kind]();
    if (n) out.push({ kind, count: n });
  }
  if (c.half_life && metric.ageing.includes('decay') && old.length) out.push({ kind: 'decay', halfLife: c.half_life });
  return out;
}

/** 100 − Σ points lost, in cents: the fit before rounding and clamping. */
const rawFit = (r: Report) => 10000 - r.criteria.reduce((s, x) => s + cents(x.pointsLost), 0);

/**
 * Every part of the change in fit from report `a` to report `b` (same client and rubric, a
 * earlier): which criteria moved it, which new events and how much time did, in whole points
 * that add up exactly to the change (largest remainders, at each level). When the fit is held
 * at 0 or 100 the exact parts add up to more than the change, so they are scaled to it first.
 */
export function explainMove(a: Report, b: Report, opts: { targetRate?: number } = {}): Move {
  const rows = b.criteria
    .flatMap((rb, j) => {
      const ra = a.criteria[j]!;
      const c = cents(ra.pointsLost) - cents(rb.pointsLost);
      return c ? [{ criterion: rb.criterion, c, parts: criterionParts(ra, rb, a, b, opts.targetRate) }] : [];
    })
    .sort((x, y) => Math.abs(y.c) - Math.abs(x.c));
  const change = b.fit - a.fit;
  const rawChange = rawFit(b) - rawFit(a);
  const unclamped = [a, b].map((r) => Math.round(rawFit(r) / 100));
  const clampedAt = unclamped.some((f) => f < 0) ? 0 : unclamped.some((f) => f > 100) ? 100 : null;
  const scale = clampedAt !== null && rawChange !== 0 ? change / (rawChange / 100) : 1;
  const quota = (c: number) => (c / 100) * scale;
  const points = apportion(
    rows.map((r) => quota(r.c)),
    change,
  );
  const criteria = rows.map((r, i): CriterionMove => {
    const { events, more, others, time } = r.parts;
    const parts = [...events.map((e) => e.c), ...(more ? [more.c] : []), ...(others ? [others.c] : []), time.c];
    const split = apportion(parts.map(quota), points[i]!);
    let k = 0;
    const share = (c: number) => ({ points: split[k++]!, exact: c / 100 });
    return {
      criterion: r.criterion,
      points: points[i]!,
      exact: r.c / 100,
      events: events.map((e) => ({ evidence: e.evidence, ...share(e.c) })),
      more: more ? { count: more.count, ...share(more.c) } : null,
      others: others ? { count: others.count, ...share(others.c) } : null,
      time: { ...share(time.c), reasons: time.reasons },
    };
  });
  return { from: a.asOf, to: b.asOf, fitFrom: a.fit, fitTo: b.fit, change, rawChange: rawChange / 100, clampedAt, criteria };
}

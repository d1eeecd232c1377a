import type { Client } from '../client.js';
import type { IsoDate, Range } from '../dates.js';
import type { ClientEvent } from '../schema/event.js';

/** Why an event counts, for the evidence line ("paid 12 days late"). */
export type Fact =
  | { kind: 'paidLate'; days: number }
  | { kind: 'unpaid'; days: number }
  | { kind: 'unanswered'; days: number }
  | { kind: 'answered'; days: number }
  | { kind: 'profile'; field: string; value: boolean };

/** One piece of evidence: the event (or profile line) behind a metric's value. */
export interface Evidence {
  event: Pick<ClientEvent, 'date' | 'type' | 'file' | 'line'> & Partial<ClientEvent>;
  fact?: Fact;
  /** How much the event counts, 0–1: 0.5^(age ÷ half_life), or 1 without a half-life (set by score). */
  weight?: number;
}

export interface MetricContext {
  client: Client;
  asOf: IsoDate;
  /** The criterion's window, ending at as-of. */
  range: Range;
  /** Settings `target_rate`, used when the contract has no hourly rate. */
  targetRate?: number;
  /** Days after `due` an invoice may be paid and still count as paid on time (`grace_days`). */
  graceDays: number;
  /** How much an event counts (1 without a half-life); counts become sums of weights, ratios weighted ratios. */
  weight(e: ClientEvent): number;
}

export interface MetricResult {
  /** null when there is no data to judge (no invoices, no messages): never a made-up zero. */
  value: number | null;
  evidence: Evidence[];
  /** How many events the value rests on, for `min_evidence` (default: the evidence count). */
  n?: number;
  /** Invoices left out of lateness because they are paid on a date nobody recorded (`paid: true`). */
  unknownPaidDates?: number;
}

/** A way time alone moves a metric's value (see `Metric.ageing`). */
export type Ageing = 'decay' | 'fellDue' | 'paid' | 'unpaid' | 'answered' | 'unanswered';

/** What a metric measures and how to print its value. */
export type MetricUnit = 'ratio' | 'count' | 'days' | 'money' | 'mood' | 'bool';

export interface Metric {
  unit: MetricUnit;
  /**
   * The event types `compute` reads: an event of any other type cannot change its value.
   * `history` scores copies of a client holding only these to explain a move cheaply (and
   * checks the copy against the full client, so a type missing here costs time, not truth).
   */
  reads: readonly string[];
  /**
   * How the value moves with no new event, besides events leaving the window, for `history`'s
   * "time passed": `decay` it weighs events by age (a criterion's half_life); `fellDue` invoices
   * enter its window when they fall due; `paid` payments count on their date; `unpaid` an unpaid
   * invoice gets later each day; `answered` answers count on their date; `unanswered` a message
   * counts as unanswered once 7 days old.
   */
  ageing: readonly Ageing[];
  /**
   * A value drawn from a sample (a ratio, a mean, a median): one event alone says little,
   * so `min_evidence` defaults to 3 for these and to 1 for counts and sums.
   */
  sample?: boolean;
  compute(ctx: MetricContext): MetricResult;
}

/** The events of one type, in the client's order, with their positions in it; `sorted` when their dates never go down. */
interface Bucket {
  events: ClientEvent[];
  pos: number[];
  sorted: boolean;
}

/**
 * The client's events grouped by type, built once per events array (a WeakMap, so it goes
 * with the array; rebuilt if the array's length changed). Every metric asks for one or two
 * types in a window, and `score` runs ~20 metrics, `history` ~20 per step: scanning every
 * event each time made `history` over 130,000 events take minutes. With the index a
 * metric touches only its own type, and only the window's part of it (binary search when
 * the dates are in order, as the loader leaves them).
 */
const INDEX = new WeakMap<readonly ClientEvent[], { length: number; byType: Map<string, Bucket> }>();

function bucketsOf(events: readonly ClientEvent[]): Map<string, Bucket> {
  const known = INDEX.get(events);
  if (known && known.length === events.length) return known.byType;
  const byType = new Map<string, Bucket>();
  events.forEach((e, i) => {
    let b = byType.get(e.type);
    if (!b) byType.set(e.type, (b = { events: [], pos: [], sorted: true }));
    const last = b.events[b.events.length - 1];
    if (last && !(last.date <= e.date)) b.sorted = false;
    b.events.push(e);
    b.pos.push(i);
  });
  INDEX.set(events, { length: events.length, byType });
  return byType;
}

/** First index in `b` (sorted by date) whose date is above `date`. */
function firstAfter(b: Bucket, date: string): number {
  let lo = 0;
  let hi = b.events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (b.events[mid]!.date > date) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Indexes into `b` of its events dated inside `range` (start exclusive, end inclusive), in order. */
function inRangeOf(b: Bucket, range: Range): number[] {
  if (b.sorted) {
    const from = firstAfter(b, range.start);
    const to = firstAfter(b, range.end);
    return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
  }
  const out: number[] = [];
  b.events.forEach((e, k) => {
    if (e.date > range.start && e.date <= range.end) out.push(k);
  });
  return out;
}

/**
 * The client's events of any of `types` dated inside the context's window (start exclusive,
 * end inclusive), in the client's order: exactly what filtering every event would give.
 */
export const ofType = (ctx: Pick<MetricContext, 'client' | 'range'>, ...types: string[]): ClientEvent[] => {
  const byType = bucketsOf(ctx.client.events);
  const buckets = [...new Set(types)].map((t) => byType.get(t)).filter((b): b is Bucket => b !== undefined);
  if (buckets.length === 1) return inRangeOf(buckets[0]!, ctx.range).map((k) => buckets[0]!.events[k]!);
  const hits: [number, ClientEvent][] = [];
  for (const b of buckets) for (const k of inRangeOf(b, ctx.range)) hits.push([b.pos[k]!, b.events[k]!]);
  return hits.sort((x, y) => x[0] - y[0]).map((h) => h[1]);
};

/** Every event of `type`, in the client's order (whatever its date). */
export const allOfType = (client: Pick<Client, 'events'>, type: string): readonly ClientEvent[] => bucketsOf(client.events).get(type)?.events ?? [];

/** Σ weight over events (a weighted count). */
export const weightSum = (ctx: MetricContext, events: readonly ClientEvent[]) => events.reduce((s, e) => s + ctx.weight(e), 0);

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

/** What a metric measures and how to print its value. */
export type MetricUnit = 'ratio' | 'count' | 'days' | 'money' | 'mood' | 'bool';

export interface Metric {
  unit: MetricUnit;
  /**
   * A value drawn from a sample (a ratio, a mean, a median): one event alone says little,
   * so `min_evidence` defaults to 3 for these and to 1 for counts and sums.
   */
  sample?: boolean;
  compute(ctx: MetricContext): MetricResult;
}

export const ofType = (ctx: Pick<MetricContext, 'client' | 'range'>, ...types: string[]) =>
  ctx.client.events.filter((e) => types.includes(e.type) && e.date > ctx.range.start && e.date <= ctx.range.end);

/** Σ weight over events (a weighted count). */
export const weightSum = (ctx: MetricContext, events: readonly ClientEvent[]) => events.reduce((s, e) => s + ctx.weight(e), 0);

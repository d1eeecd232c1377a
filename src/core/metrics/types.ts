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
}

export interface MetricContext {
  client: Client;
  asOf: IsoDate;
  /** The criterion's window, ending at as-of. */
  range: Range;
  /** Settings `target_rate`, used when the contract has no hourly rate. */
  targetRate?: number;
}

export interface MetricResult {
  /** null when there is no data to judge (no invoices, no messages): never a made-up zero. */
  value: number | null;
  evidence: Evidence[];
}

/** What a metric measures and how to print its value. */
export type MetricUnit = 'ratio' | 'count' | 'days' | 'money' | 'mood' | 'bool';

export interface Metric {
  unit: MetricUnit;
  compute(ctx: MetricContext): MetricResult;
}

export const ofType = (ctx: MetricContext, ...types: string[]) =>
  ctx.client.events.filter((e) => types.includes(e.type) && e.date > ctx.range.start && e.date <= ctx.range.end);

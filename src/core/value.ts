import type { Client } from './client.js';
import { parseWindow, windowStart, type IsoDate } from './dates.js';
import { hourlyRate } from './metrics/hours.js';
import { ofType } from './metrics/types.js';
import type { Rubric } from './schema/rubric.js';

/** What the relationship is worth over the rubric's window: weigh it before acting. */
export interface ValueAtStake {
  revenue: number;
  currency: string | null;
  hours: number;
  effectiveRate: number | null;
  /** The rate the effective rate is compared with, and where it came from. */
  rate: number | null;
  rateSource: 'contract' | 'target' | null;
  window: string;
  invoices: number;
}

export function valueAtStake(client: Client, rubric: Rubric, opts: { asOf: IsoDate; targetRate?: number }): ValueAtStake {
  const start = windowStart(opts.asOf, parseWindow(rubric.window)!);
  const range = { start, end: opts.asOf };
  const invoices = ofType({ client, range }, 'invoice');
  const revenue = invoices.reduce((s, e) => s + (e.amount ?? 0), 0);
  const hours = ofType({ client, range }, 'work').reduce((s, e) => s + (e.hours ?? 0), 0);
  const rate = hourlyRate({ client, targetRate: opts.targetRate });
  return {
    revenue: Math.round(revenue * 100) / 100,
    currency: client.profile.contract?.currency ?? null,
    hours: Math.round(hours * 100) / 100,
    effectiveRate: hours > 0 && invoices.length && Number.isFinite(revenue / hours) ? Math.round((revenue / hours) * 100) / 100 : null,
    rate: rate?.rate ?? null,
    rateSource: rate?.source ?? null,
    window: rubric.window,
    invoices: invoices.length,
  };
}

import { ofType, type MetricContext } from './types.js';

/** Work events in the window and their total hours. */
export function workIn(ctx: Pick<MetricContext, 'client' | 'range'>) {
  const work = ofType(ctx, 'work');
  return { work, hours: work.reduce((s, e) => s + (e.hours ?? 0), 0) };
}

/** The contract rate per hour (a day counts as 8 hours), else settings `target_rate`. */
export function hourlyRate(ctx: Pick<MetricContext, 'client' | 'targetRate'>): { rate: number; source: 'contract' | 'target' } | null {
  const c = ctx.client.profile.contract;
  if (c?.rate && (c.rate_unit ?? 'hour') === 'hour') return { rate: c.rate, source: 'contract' };
  if (c?.rate && c.rate_unit === 'day') return { rate: c.rate / 8, source: 'contract' };
  if (ctx.targetRate) return { rate: ctx.targetRate, source: 'target' };
  return null;
}

import { addDaysIso, daysBetween } from '../dates.js';
import type { ClientEvent } from '../schema/event.js';
import { ofType, type MetricContext } from './types.js';

/** A message is still pending (not yet judged unanswered) during its first 7 days. */
export const GRACE_DAYS = 7;

export function answeredBy(m: ClientEvent, asOf: string): boolean {
  return typeof m.answered === 'string' && m.answered <= asOf;
}

/** Messages in the window that can be judged at as-of: answered, or older than 7 days. */
export function judgedMessages(ctx: Pick<MetricContext, 'client' | 'range' | 'asOf'>): ClientEvent[] {
  const cutoff = addDaysIso(ctx.asOf, -GRACE_DAYS);
  return ofType(ctx, 'message').filter((m) => answeredBy(m, ctx.asOf) || m.date < cutoff);
}

export const responseDays = (m: ClientEvent) => daysBetween(m.date, m.answered!);

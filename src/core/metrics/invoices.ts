import { daysBetween } from '../dates.js';
import type { ClientEvent } from '../schema/event.js';
import type { Evidence, MetricContext } from './types.js';

/**
 * Invoices whose `due` date falls in the window, each judged at as-of: a payment dated
 * after as-of has not happened yet.
 */
export function invoicesDue(ctx: MetricContext): ClientEvent[] {
  return ctx.client.events.filter(
    (e) => e.type === 'invoice' && typeof e.due === 'string' && e.due > ctx.range.start && e.due <= ctx.range.end,
  );
}

export function paidBy(inv: ClientEvent, asOf: string): boolean {
  return typeof inv.paid === 'string' && inv.paid <= asOf;
}

/** Days late at as-of, or 0 when paid on time / not yet due. */
export function daysLate(inv: ClientEvent, asOf: string): number {
  const end = paidBy(inv, asOf) ? inv.paid! : asOf;
  return Math.max(0, daysBetween(inv.due!, end));
}

export function lateEvidence(inv: ClientEvent, asOf: string): Evidence {
  const days = daysLate(inv, asOf);
  return { event: inv, fact: paidBy(inv, asOf) ? { kind: 'paidLate', days } : { kind: 'unpaid', days } };
}

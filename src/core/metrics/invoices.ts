import { daysBetween } from '../dates.js';
import type { ClientEvent } from '../schema/event.js';
import { allOfType, type Evidence, type MetricContext } from './types.js';

/**
 * Invoices whose `due` date falls in the window, each judged at as-of: a payment dated
 * after as-of has not happened yet.
 */
export function invoicesDue(ctx: Pick<MetricContext, 'client' | 'range'>): ClientEvent[] {
  return allOfType(ctx.client, 'invoice').filter(
    (e) => e.type === 'invoice' && typeof e.due === 'string' && e.due > ctx.range.start && e.due <= ctx.range.end,
  );
}

/** `paid: true`: paid, on a date nobody recorded. Owed nothing; lateness cannot be judged. */
export const paidOnUnknownDate = (inv: ClientEvent) => inv.paid === true;

/**
 * The date an invoice was paid in full: its `paid` date, else the date of the payment in
 * `payments` that brought the total up to its amount; null while something is still owed
 * (and for `paid: true`, whose date is unknown).
 */
export function paidInFullOn(inv: ClientEvent): string | null {
  if (typeof inv.paid === 'string') return inv.paid;
  if (!Array.isArray(inv.payments) || typeof inv.amount !== 'number') return null;
  let sum = 0;
  const sorted = [...inv.payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const p of sorted) {
    sum += p.amount;
    // Cents, so 0.1 + 0.2 reaches 0.3.
    if (Math.round(sum * 100) >= Math.round(inv.amount * 100)) return p.date;
  }
  return null;
}

/** Paid in full by as-of (or `paid: true`). */
export function paidBy(inv: ClientEvent, asOf: string): boolean {
  if (paidOnUnknownDate(inv)) return true;
  const on = paidInFullOn(inv);
  return on !== null && on <= asOf;
}

/** What is still owed on an invoice at as-of: its amount less the payments made by then. */
export function owedAt(inv: ClientEvent, asOf: string): number {
  if (paidBy(inv, asOf)) return 0;
  const paid = (inv.payments ?? []).filter((p) => p.date <= asOf).reduce((s, p) => s + Math.round(p.amount * 100), 0);
  return Math.max(0, Math.round((inv.amount ?? 0) * 100) - paid) / 100;
}

/** Days past `due` when paid in full, or at as-of while still owed; 0 when not past due. */
export function daysLate(inv: ClientEvent, asOf: string): number {
  const end = paidBy(inv, asOf) ? paidInFullOn(inv)! : asOf;
  return Math.max(0, daysBetween(inv.due!, end));
}

/** Late: paid (or still unpaid) more than `grace_days` after `due`. */
export const isLate = (inv: ClientEvent, ctx: Pick<MetricContext, 'asOf' | 'graceDays'>) => daysLate(inv, ctx.asOf) > ctx.graceDays;

/** The invoices whose lateness can be judged, and how many were left out for an unknown payment date. */
export function judgedInvoices(ctx: Pick<MetricContext, 'client' | 'range'>): { judged: ClientEvent[]; unknownPaidDates: number } {
  const due = invoicesDue(ctx);
  const judged = due.filter((i) => !paidOnUnknownDate(i));
  return { judged, unknownPaidDates: due.length - judged.length };
}

export function lateEvidence(inv: ClientEvent, asOf: string): Evidence {
  const days = daysLate(inv, asOf);
  return { event: inv, fact: paidBy(inv, asOf) ? { kind: 'paidLate', days } : { kind: 'unpaid', days } };
}

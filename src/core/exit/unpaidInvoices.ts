import { daysBetween, type IsoDate } from '../dates.js';
import type { ClientEvent } from '../schema/event.js';
import { owedAt } from '../metrics/invoices.js';

/** One invoice still owed at as-of. */
export interface UnpaidInvoice {
  /** Every invoice has one (eventFields); a number is given as text. */
  ref: string;
  /** Issue date of the invoice event. */
  date: IsoDate;
  /** What is still owed at as-of: the invoice's amount less partial payments. */
  amount: number;
  due: IsoDate;
  /** Days past `due` at as-of; 0 when not due yet. */
  daysOverdue: number;
  file: string;
  line: number;
}

export interface UnpaidSummary {
  items: UnpaidInvoice[];
  /** Sum of the amounts, rounded to cents so 0.1 + 0.2 never prints as 0.30000000000000004. */
  total: number;
}

/**
 * Every invoice issued by as-of with something still owed then: not paid in full, or paid
 * after as-of (a payment dated later has not happened yet when judging at as-of, as in the
 * metrics); partial payments reduce what is owed, and `paid: true` owes nothing. Invoices
 * not yet due are still owed and listed too; oldest due date first.
 */
export function unpaidInvoices(events: readonly ClientEvent[], asOf: IsoDate): UnpaidSummary {
  const items = events
    .filter((e) => e.type === 'invoice' && e.date <= asOf && typeof e.due === 'string' && owedAt(e, asOf) > 0)
    .map((e) => ({
      ref: String(e.ref),
      date: e.date,
      amount: owedAt(e, asOf),
      due: e.due!,
      daysOverdue: Math.max(0, daysBetween(e.due!, asOf)),
      file: e.file,
      line: e.line,
    }))
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const cents = items.reduce((s, i) => s + Math.round(i.amount * 100), 0);
  return { items, total: cents / 100 };
}

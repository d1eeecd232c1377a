import type { Tool } from './types.js';
import type { InvoiceRow, TimeEntry } from './parseExport.js';

/** Where the rows behind an event came from, for the summary. */
export interface RowRef {
  file: string;
  line: number;
}

/** One `work` event to be: a client's hours of one day, billable or not. */
export interface WorkGroup {
  type: 'work';
  source: string;
  date: string;
  hours: number;
  billable: boolean | null;
  rows: RowRef[];
}

/** One `invoice` event to be, with what the export says about its payment. */
export interface InvoiceGroup {
  type: 'invoice';
  source: string;
  ref: string;
  date: string;
  /** As exported; undefined when the tool gives none (the profile's terms apply). */
  due?: string;
  amount: number;
  /** Paid in full: on a date, or `true` when the export says paid without saying when. */
  paid?: string | true;
  /** Dated payments that do not settle it (or settle it over several dates): Wave. */
  payments: { date: string; amount: number }[];
  /** Paid so far, with the date of the last payment (Harvest): what is new is the difference. */
  paidToDate?: { date: string; amount: number };
  /** Paid so far according to the export, with no date to record it under. */
  undatedPaid?: number;
  rows: RowRef[];
}

/** One `message` event to be: a client's mail (core/mail/collect.ts). */
export interface MessageGroup {
  type: 'message';
  /** `mail:<Message-ID>` (no angle brackets), or `mail:hash-<16 hex>` for a message without one. */
  source: string;
  date: string;
  /** The date of your first later message in its thread. */
  answered?: string;
  /** The decoded subject, made safe; '' for none. */
  note: string;
}

export type ImportGroup = WorkGroup | InvoiceGroup | MessageGroup;

/** Hours to two decimals (36 seconds), as a person writes them. */
export const roundHours = (h: number) => Math.round(h * 100) / 100;
const cents = (n: number) => Math.round(n * 100);
const money = (n: number) => cents(n) / 100;

const billableKey = (b: boolean | null) => (b === true ? 'billable' : b === false ? 'non-billable' : 'hours');

/**
 * A client's time entries → one work event per day and billable flag, hours summed. Its
 * source is `TOOL:DAY/billable` (or `/non-billable`): an export has no id for a day, and a
 * later export of the same days must update those events, not add to them. Days that sum
 * to zero hours carry nothing and are left out.
 */
export function groupTime(tool: Tool | string, entries: readonly TimeEntry[]): WorkGroup[] {
  const byKey = new Map<string, WorkGroup>();
  for (const e of entries) {
    const key = `${e.date}/${billableKey(e.billable)}`;
    let g = byKey.get(key);
    if (!g) byKey.set(key, (g = { type: 'work', source: `${tool}:${key}`, date: e.date, hours: 0, billable: e.billable, rows: [] }));
    g.hours += e.hours;
    g.rows.push({ file: e.file, line: e.line });
  }
  return [...byKey.values()]
    .map((g) => ({ ...g, hours: roundHours(g.hours) }))
    .filter((g) => g.hours > 0)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.source < b.source ? -1 : 1));
}

/**
 * A client's invoice rows → one invoice each, by ref: lines summed when the export has no
 * total (FreshBooks), the repeated total taken once (Xero), payments gathered (Wave), and
 * the paid state from whatever the tool says (a date, a status, a balance of zero).
 */
export function groupInvoices(tool: Tool | string, rows: readonly InvoiceRow[]): InvoiceGroup[] {
  const byRef = new Map<string, InvoiceRow[]>();
  for (const r of rows) {
    const list = byRef.get(r.ref) ?? [];
    list.push(r);
    byRef.set(r.ref, list);
  }
  const out: InvoiceGroup[] = [];
  for (const [ref, list] of byRef) {
    const head = list.find((r) => r.total !== undefined) ?? list.find((r) => r.lineAmount !== undefined) ?? list[0]!;
    const amount = head.total !== undefined ? head.total : money(list.reduce((s, r) => s + (r.lineAmount ?? 0), 0));
    const g: InvoiceGroup = { type: 'invoice', source: `${tool}:${ref}`, ref, date: head.date, amount: money(amount), payments: [], rows: list.map((r) => ({ file: r.file, line: r.line })) };
    const due = list.find((r) => r.due)?.due;
    if (due) g.due = due;
    const paidOn = list.map((r) => r.paidOn).filter((d): d is string => !!d).sort().pop();
    const paidAmount = list.find((r) => r.paidAmount !== undefined)?.paidAmount;
    const last = list.map((r) => r.lastPaymentOn).filter((d): d is string => !!d).sort().pop();
    const payments = list.flatMap((r) => (r.payment ? [r.payment] : [])).sort((a, b) => (a.date < b.date ? -1 : 1));
    const settled = (paid: number) => g.amount > 0 && cents(paid) >= cents(g.amount);
    if (paidOn) g.paid = paidOn;
    else if (payments.length) {
      const sum = payments.reduce((s, p) => s + p.amount, 0);
      if (settled(sum) && payments.length === 1) g.paid = payments[0]!.date;
      else g.payments = payments.map((p) => ({ date: p.date, amount: money(p.amount) }));
    } else if (paidAmount !== undefined && settled(paidAmount)) g.paid = last ?? true;
    else if (list.some((r) => r.paid)) g.paid = true;
    else if (paidAmount !== undefined && cents(paidAmount) > 0) {
      if (last) g.paidToDate = { date: last, amount: money(paidAmount) };
      else g.undatedPaid = money(paidAmount);
    }
    out.push(g);
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.ref < b.ref ? -1 : 1));
}

import type { EventDraft, FieldValue } from '../edit/draft.js';
import type { ClientEvent } from '../schema/event.js';
import { addDays } from './values.js';
import type { ImportGroup, InvoiceGroup, MessageGroup, RowRef } from './group.js';

/** A payment to record on an invoice (found by ref) once new events are in: core/edit/recordPayment.ts. */
export interface PaymentEdit {
  ref: string;
  date: string | true;
  amount?: number;
}

/** One field of an existing event (found by its `source`) to set. */
export interface FieldEdit {
  source: string;
  key: string;
  value: number | string;
}

/** What one client's files need, and what it amounts to. */
export interface ClientPlan {
  /** New events, in date order, for the client's first log. */
  add: EventDraft[];
  /**
   * Fields to set on events already in the files, found by source: a work day that now sums
   * to other hours (`hours`, replaced), a message whose answer has come (`answered`, added).
   */
  fields: FieldEdit[];
  payments: PaymentEdit[];
  added: number;
  updated: number;
  unchanged: number;
  /** Hours and invoiced amount the export holds for this client. */
  hoursTotal: number;
  invoiced: number;
  /** Invoices with a payment the export gives no date for: left open, and said so. */
  undated: { ref: string; amount: number; rows: RowRef[] }[];
}

const cents = (n: number) => Math.round(n * 100);

function isSettled(e: ClientEvent): boolean {
  if (e.paid !== undefined && e.paid !== null) return true;
  const sum = (e.payments ?? []).reduce((s, p) => s + p.amount, 0);
  return e.amount !== undefined && e.amount > 0 && cents(sum) >= cents(e.amount);
}

function workDraft(g: Extract<ImportGroup, { type: 'work' }>): EventDraft {
  const d: [string, FieldValue][] = [
    ['date', g.date],
    ['type', 'work'],
    ['hours', g.hours],
  ];
  if (g.billable !== null) d.push(['billable', g.billable]);
  d.push(['source', g.source]);
  return d;
}

function invoiceDraft(g: InvoiceGroup, termsDays: number): EventDraft {
  const d: [string, FieldValue][] = [
    ['date', g.date],
    ['type', 'invoice'],
    ['ref', g.ref],
    ['amount', g.amount],
    ['due', g.due ?? addDays(g.date, termsDays)],
  ];
  if (g.paid !== undefined) d.push(['paid', g.paid]);
  d.push(['source', g.source]);
  return d;
}

function messageDraft(g: MessageGroup): EventDraft {
  const d: [string, FieldValue][] = [
    ['date', g.date],
    ['type', 'message'],
  ];
  if (g.answered) d.push(['answered', g.answered]);
  if (g.note) d.push(['note', g.note]);
  d.push(['source', g.source]);
  return d;
}

/** What the export says is still to record on an invoice already in the files. */
function paymentsToRecord(g: InvoiceGroup, e: ClientEvent): PaymentEdit[] {
  if (isSettled(e)) return [];
  const ref = String(e.ref);
  const known = new Set((e.payments ?? []).map((p) => `${p.date}/${cents(p.amount)}`));
  const fresh = g.payments.filter((p) => !known.has(`${p.date}/${cents(p.amount)}`));
  const out: PaymentEdit[] = fresh.map((p) => ({ ref, date: p.date, amount: p.amount }));
  if (g.paidToDate) {
    const before = (e.payments ?? []).reduce((s, p) => s + p.amount, 0);
    const more = (cents(g.paidToDate.amount) - cents(before)) / 100;
    if (more > 0) out.push({ ref, date: g.paidToDate.date, amount: more });
  }
  if (g.paid !== undefined) out.push({ ref, date: g.paid });
  return out;
}

/**
 * One client's import, planned against the events its files already hold: an event whose
 * `source` is there (or an invoice with the same ref, typed by hand) is not added again; a
 * day that now sums to other hours is updated, an invoice the export shows paid gets its
 * payment, a message whose answer has come gets `answered`; everything else is new. Running the same plan on its own result finds nothing
 * to do: that is what makes a second import of one file change no byte.
 */
export function planClient(groups: readonly ImportGroup[], existing: readonly ClientEvent[], termsDays = 30): ClientPlan {
  const bySource = new Map<string, ClientEvent>();
  const byRef = new Map<string, ClientEvent>();
  for (const e of existing) {
    if (typeof e.source === 'string' && !bySource.has(e.source)) bySource.set(e.source, e);
    if (e.type === 'invoice' && e.ref !== undefined && !byRef.has(String(e.ref))) byRef.set(String(e.ref), e);
  }
  const plan: ClientPlan = { add: [], fields: [], payments: [], added: 0, updated: 0, unchanged: 0, hoursTotal: 0, invoiced: 0, undated: [] };
  for (const g of groups) {
    if (g.type === 'work') {
      plan.hoursTotal += g.hours;
      const old = bySource.get(g.source);
      if (!old) {
        plan.add.push(workDraft(g));
        plan.added++;
      } else if (old.type === 'work' && cents(old.hours ?? 0) !== cents(g.hours)) {
        plan.fields.push({ source: g.source, key: 'hours', value: g.hours });
        plan.updated++;
      } else plan.unchanged++;
      continue;
    }
    if (g.type === 'message') {
      // An answer that has come since is added; one already there is never changed or removed.
      const old = bySource.get(g.source);
      if (!old) {
        plan.add.push(messageDraft(g));
        plan.added++;
      } else if (old.type === 'message' && g.answered && (old.answered === undefined || old.answered === null)) {
        plan.fields.push({ source: g.source, key: 'answered', value: g.answered });
        plan.updated++;
      } else plan.unchanged++;
      continue;
    }
    plan.invoiced += g.amount;
    if (g.undatedPaid !== undefined) plan.undated.push({ ref: g.ref, amount: g.undatedPaid, rows: g.rows });
    const old = bySource.get(g.source) ?? byRef.get(g.ref);
    if (!old || old.type !== 'invoice') {
      plan.add.push(invoiceDraft(g, termsDays));
      plan.added++;
      // Payments that do not settle it in one go are recorded on the new event afterwards.
      for (const p of g.payments) plan.payments.push({ ref: g.ref, date: p.date, amount: p.amount });
      if (g.paidToDate) plan.payments.push({ ref: g.ref, ...g.paidToDate });
      continue;
    }
    const pays = paymentsToRecord(g, old);
    if (pays.length) {
      for (const item of pays) plan.payments.push(item);
      plan.updated++;
    } else plan.unchanged++;
  }
  plan.hoursTotal = Math.round(plan.hoursTotal * 100) / 100;
  plan.invoiced = cents(plan.invoiced) / 100;
  return plan;
}

import { isMap, isScalar, isSeq, type Node, type YAMLSeq } from 'yaml';
import type { YamlSource } from '../yamlSource.js';
import { owedAt, paidInFullOn } from '../metrics/invoices.js';
import type { ClientEvent } from '../schema/event.js';
import { addField, beforeClose } from './addField.js';
import { applySplices, columnOf, eolOf, lineAfter, lineNumber, type Splice } from './layout.js';
import { deepEqual, editedData } from './sameData.js';

type Src = Pick<YamlSource, 'text' | 'doc' | 'data'>;

/** Why a payment cannot be recorded; the command words each one. */
export type PaymentRefusal =
  /** No invoice in this file has that ref. */
  | { reason: 'unknown-ref' }
  /** More than one invoice has that ref (lint calls it an error): which one is meant cannot be told. */
  | { reason: 'ambiguous-ref'; lines: number[] }
  /** Already paid in full: `paid:` set, or payments that reach its amount. */
  | { reason: 'already-paid'; line: number; on: string | null }
  /** `--amount` above what is still owed. */
  | { reason: 'too-much'; line: number; owed: number }
  /** The payment is dated before the invoice. */
  | { reason: 'before-invoice'; line: number; date: string }
  /** The file is written in a way this edit cannot extend without touching other lines. */
  | { reason: 'unsafe'; line: number };

export interface PaymentRecorded {
  ok: true;
  text: string;
  /** 1-based line of the invoice in the new text. */
  line: number;
  /** `paid`: it is now paid in full on that date; `partial`: a payment was added and it stays open. */
  outcome: 'paid' | 'partial';
  /** What is still owed after this payment. */
  owed: number;
  amount: number;
}

export type PaymentResult = PaymentRecorded | ({ ok: false } & PaymentRefusal);

/** Judged after every payment on record, whatever its date. */
const ALL_RECORDED = '9999-12-31';

/** Cents, so 0.1 + 0.2 reaches 0.3. */
const cents = (n: number) => Math.round(n * 100);

/** The invoice events of a parsed file with `ref` (numbers and strings compared as text). */
export function invoicesWithRef(data: unknown, ref: string): { index: number; event: Record<string, unknown> }[] {
  const events = (data as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) return [];
  const out: { index: number; event: Record<string, unknown> }[] = [];
  events.forEach((ev, index) => {
    if (ev && typeof ev === 'object' && (ev as Record<string, unknown>).type === 'invoice' && String((ev as Record<string, unknown>).ref) === ref) {
      out.push({ index, event: ev as Record<string, unknown> });
    }
  });
  return out;
}

/** Invoices of a parsed file with something still owed after every recorded payment: for a picker. */
export function openInvoices(data: unknown): { ref: string; amount: number; owed: number; due: string }[] {
  const events = (data as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) return [];
  return events
    .filter((e): e is ClientEvent => !!e && typeof e === 'object' && e.type === 'invoice' && e.ref !== undefined && e.ref !== null)
    .map((e) => ({ ref: String(e.ref), amount: e.amount ?? 0, owed: owedAt(e, ALL_RECORDED), due: e.due ?? '' }))
    .filter((i) => i.owed > 0);
}

/**
 * Records a payment on the invoice with `ref`: with no amount, or once the payments reach
 * what it is for, the invoice gets `paid: DATE`; a smaller amount goes to its `payments:`
 * list and it stays open. Only that event's text changes: fields are added where its node
 * ends (inside `{…}` for a flow map, as a new line for a block map), never re-serialised,
 * and the new text must parse to exactly the old data with that event changed, or the edit
 * is refused.
 */
export function recordPayment(src: Src, ref: string, pay: { date: string | true; amount?: number }): PaymentResult {
  const hits = invoicesWithRef(src.data, ref);
  const events = src.doc.get('events', true) as YAMLSeq | undefined;
  const nodeOf = (index: number) => (isSeq(events) ? (events.items[index] as Node | undefined) : undefined);
  const lineOf = (index: number) => lineNumber(src.text, nodeOf(index)?.range?.[0] ?? 0);
  if (!hits.length) return { ok: false, reason: 'unknown-ref' };
  if (hits.length > 1) return { ok: false, reason: 'ambiguous-ref', lines: hits.map((h) => lineOf(h.index)) };
  const { index, event } = hits[0]!;
  const inv = event as unknown as ClientEvent;
  const line = lineOf(index);
  const on = inv.paid === true ? null : paidInFullOn(inv);
  if (inv.paid === true || on !== null) return { ok: false, reason: 'already-paid', line, on };
  if (pay.date !== true && pay.date < inv.date) return { ok: false, reason: 'before-invoice', line, date: inv.date };
  const owed = owedAt(inv, ALL_RECORDED);
  const node0 = nodeOf(index);
  // Paid, but nobody knows when (`import` from an export that only says "paid"): `paid: true`
  // and nothing else, whatever was paid before.
  if (pay.date === true) {
    if (!isMap(node0)) return { ok: false, reason: 'unsafe', line };
    const base = !node0.flow && !src.text.endsWith('\n') ? src.text + eolOf(src.text) : src.text;
    const existing = node0.get('paid', true);
    const s =
      existing === undefined ? addField(base, node0, 'paid', 'true') : isScalar(existing) && existing.value === null && existing.range ? { from: existing.range[0], to: existing.range[1], insert: 'true' } : null;
    if (!s) return { ok: false, reason: 'unsafe', line };
    const text = applySplices(base, [s]);
    if (!isOldWithEvent(text, src.data, index, { ...event, paid: true })) return { ok: false, reason: 'unsafe', line };
    return { ok: true, text, line, outcome: 'paid', owed: 0, amount: owed };
  }
  const amount = pay.amount ?? owed;
  if (cents(amount) > cents(owed)) return { ok: false, reason: 'too-much', line, owed };
  const full = cents(amount) >= cents(owed);
  const node = nodeOf(index);
  if (!isMap(node)) return { ok: false, reason: 'unsafe', line };

  // New lines after the last one of a file without a final line break: add it first, once,
  // so two added fields never each bring their own.
  const base = !node.flow && !src.text.endsWith('\n') ? src.text + eolOf(src.text) : src.text;
  const payment = `{date: ${pay.date}, amount: ${formatAmount(amount)}}`;
  const next: Record<string, unknown> = { ...event };
  // A payment that settles it: `paid:` alone when nothing was paid before, else the last
  // payment too, so the payments add up to what the invoice was for.
  const partsPaid = Array.isArray(inv.payments) && inv.payments.length > 0;
  const splices: Splice[] = [];
  const add = (key: string, text: string) => {
    const s = addField(base, node, key, text);
    if (!s) return false;
    splices.push(s);
    return true;
  };
  if (!full || partsPaid) {
    next.payments = [...(inv.payments ?? []), { date: pay.date, amount }];
    const existing = node.get('payments', true);
    const s = isSeq(existing) ? appendToSeq(base, existing, payment) : null;
    if (s) splices.push(s);
    else if (existing !== undefined || !add('payments', `[${payment}]`)) return { ok: false, reason: 'unsafe', line };
  }
  if (full) {
    next.paid = pay.date;
    const existing = node.get('paid', true);
    if (isScalar(existing) && existing.value === null && existing.range) splices.push({ from: existing.range[0], to: existing.range[1], insert: pay.date });
    else if (existing !== undefined || !add('paid', pay.date)) return { ok: false, reason: 'unsafe', line };
  }
  const text = applySplices(base, mergeInsertions(splices));
  if (!isOldWithEvent(text, src.data, index, next)) return { ok: false, reason: 'unsafe', line };
  return { ok: true, text, line, outcome: full ? 'paid' : 'partial', owed: (cents(owed) - cents(amount)) / 100, amount };
}

/** Insertions at the same place become one, in the order they were made (`payments` line, then `paid`). */
function mergeInsertions(splices: Splice[]): Splice[] {
  const out: Splice[] = [];
  for (const s of splices) {
    const same = out.find((o) => o.from === s.from && o.to === o.from && s.to === s.from);
    if (same) same.insert += s.insert;
    else out.push({ ...s });
  }
  return out;
}

/** 900, 1200.5: a plain YAML number. */
function formatAmount(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** One more item at the end of an existing list: `[a, b]` → `[a, b, c]`; a block list gets a `- c` line. */
function appendToSeq(text: string, seq: YAMLSeq, item: string): Splice | null {
  const range = seq.range;
  if (!range) return null;
  if (seq.flow) {
    const at = beforeClose(text, range, ']');
    if (at === null) return null;
    return { from: at, to: at, insert: `${seq.items.length ? ', ' : ''}${item}` };
  }
  const lastItem = seq.items[seq.items.length - 1] as Node | undefined;
  if (!lastItem?.range) return null;
  const dash = text.lastIndexOf('-', lastItem.range[0]);
  const col = columnOf(text, dash);
  const { at, needsEol } = lineAfter(text, lastItem.range[1]);
  const eol = eolOf(text);
  return { from: at, to: at, insert: `${needsEol ? eol : ''}${' '.repeat(col)}- ${item}${eol}` };
}

/** The proof: the new text parses to the old data with exactly that event replaced. */
function isOldWithEvent(newText: string, oldData: unknown, index: number, event: Record<string, unknown>): boolean {
  const data = editedData(newText);
  if (data === undefined) return false;
  const old = oldData as Record<string, unknown>;
  const events = [...(old.events as unknown[])];
  events[index] = event;
  return deepEqual(data, { ...old, events });
}

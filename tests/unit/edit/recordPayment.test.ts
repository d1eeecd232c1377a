import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { openInvoices, recordPayment } from '../../../src/core/edit/recordPayment.js';

const src = (text: string) => {
  const doc = parseDocument(text);
  return { text, doc, data: doc.toJS() as unknown };
};

/** Every line of `before` except line `n` (1-based) is in `after`, in order and byte for byte. */
function othersKept(before: string, after: string, n: number): void {
  const b = before.split('\n');
  const a = after.split('\n');
  expect(a.slice(0, n - 1)).toEqual(b.slice(0, n - 1));
  expect(a.slice(a.length - (b.length - n))).toEqual(b.slice(n));
}

const FLOW = `name: A # the client
events:
  - {date: 2026-01-01, type: invoice, ref: R-1, amount: 900, due: 2026-01-31}   # first one
  - {date: 2026-02-01, type: complaint, note: "Late again"}
`;

const BLOCK = `name: A
events:
  - date: 2026-01-01
    type: invoice
    ref: R-1
    amount: 900
    due: 2026-01-31
  - {date: 2026-02-01, type: complaint}
`;

describe('recordPayment', () => {
  it('marks a flow invoice paid inside its braces; every other line is untouched, comment kept', () => {
    const r = recordPayment(src(FLOW), 'R-1', { date: '2026-02-10' });
    expect(r).toMatchObject({ ok: true, outcome: 'paid', owed: 0, amount: 900, line: 3 });
    if (!r.ok) return;
    expect(r.text.split('\n')[2]).toBe('  - {date: 2026-01-01, type: invoice, ref: R-1, amount: 900, due: 2026-01-31, paid: 2026-02-10}   # first one');
    othersKept(FLOW, r.text, 3);
  });

  it('adds a partial payment to `payments:` and leaves the invoice open', () => {
    const r = recordPayment(src(FLOW), 'R-1', { date: '2026-02-10', amount: 250.5 });
    expect(r).toMatchObject({ ok: true, outcome: 'partial', owed: 649.5 });
    if (r.ok) expect(r.text).toContain('due: 2026-01-31, payments: [{date: 2026-02-10, amount: 250.5}]}');
  });

  it('a block-style invoice gets a new line at its own indentation', () => {
    const r = recordPayment(src(BLOCK), 'R-1', { date: '2026-02-10' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toBe(BLOCK.replace('    due: 2026-01-31\n', '    due: 2026-01-31\n    paid: 2026-02-10\n'));
  });

  it('the payment that reaches the amount closes it, recording both the payment and the date', () => {
    const first = recordPayment(src(BLOCK), 'R-1', { date: '2026-02-10', amount: 300 });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const second = recordPayment(src(first.text), 'R-1', { date: '2026-03-01' });
    expect(second).toMatchObject({ ok: true, outcome: 'paid', amount: 600, owed: 0 });
    if (!second.ok) return;
    const ev = (parseDocument(second.text).toJS() as { events: Record<string, unknown>[] }).events[0]!;
    expect(ev.payments).toEqual([{ date: '2026-02-10', amount: 300 }, { date: '2026-03-01', amount: 600 }]);
    expect(ev.paid).toBe('2026-03-01');
  });

  it('keeps CRLF and a missing final line break as they were, adding one only where a line is added', () => {
    const text = 'name: A\r\nevents:\r\n  - date: 2026-01-01\r\n    type: invoice\r\n    ref: R-1\r\n    amount: 900\r\n    due: 2026-01-31';
    const r = recordPayment(src(text), 'R-1', { date: '2026-02-10', amount: 100 });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.text).toBe(`${text}\r\n    payments: [{date: 2026-02-10, amount: 100}]\r\n`);
  });

  it('matches a numeric ref given as text', () => {
    const r = recordPayment(src('events:\n  - {date: 2026-01-01, type: invoice, ref: 1042, amount: 10, due: 2026-01-31}\n'), '1042', { date: '2026-02-01' });
    expect(r.ok).toBe(true);
  });

  it.each([
    ['an unknown ref', FLOW, 'R-9', { date: '2026-02-10' }, { reason: 'unknown-ref' }],
    ['an invoice already paid', FLOW.replace('due: 2026-01-31}', 'due: 2026-01-31, paid: 2026-02-02}'), 'R-1', { date: '2026-02-10' }, { reason: 'already-paid', on: '2026-02-02', line: 3 }],
    ['an invoice paid on an unknown date', FLOW.replace('due: 2026-01-31}', 'due: 2026-01-31, paid: true}'), 'R-1', { date: '2026-02-10' }, { reason: 'already-paid', on: null }],
    ['more than is owed', FLOW, 'R-1', { date: '2026-02-10', amount: 900.01 }, { reason: 'too-much', owed: 900 }],
    ['a payment before the invoice', FLOW, 'R-1', { date: '2025-12-31' }, { reason: 'before-invoice', date: '2026-01-01' }],
    ['a ref used twice', FLOW + '  - {date: 2026-03-01, type: invoice, ref: R-1, amount: 5, due: 2026-03-31}\n', 'R-1', { date: '2026-03-10' }, { reason: 'ambiguous-ref', lines: [3, 5] }],
  ])('refuses %s', (_, text, ref, pay, expected) => {
    expect(recordPayment(src(text), ref, pay)).toMatchObject({ ok: false, ...expected });
  });

  it('lists the open invoices for a picker, with what is still owed', () => {
    const text = `events:
  - {date: 2026-01-01, type: invoice, ref: A, amount: 900, due: 2026-01-31, payments: [{date: 2026-01-10, amount: 400}]}
  - {date: 2026-01-02, type: invoice, ref: B, amount: 100, due: 2026-02-01, paid: 2026-01-20}
  - {date: 2026-01-03, type: invoice, ref: C, amount: 50, due: 2026-02-02, paid: true}
  - {date: 2026-01-04, type: invoice, ref: D, amount: 70, due: 2026-02-03}
`;
    expect(openInvoices(parseDocument(text).toJS())).toEqual([
      { ref: 'A', amount: 900, owed: 500, due: '2026-01-31' },
      { ref: 'D', amount: 70, owed: 70, due: '2026-02-03' },
    ]);
  });
});

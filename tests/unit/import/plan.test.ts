import { describe, expect, it } from 'vitest';
import { groupInvoices, groupTime } from '../../../src/core/import/group.js';
import type { InvoiceRow, TimeEntry } from '../../../src/core/import/parseExport.js';
import { planClient } from '../../../src/core/import/plan.js';
import type { ClientEvent } from '../../../src/core/schema/event.js';

const t = (date: string, hours: number, billable: boolean | null = true): TimeEntry => ({ kind: 'time', file: 'f.csv', line: 2, client: 'acme', date, hours, billable });
const inv = (o: Partial<InvoiceRow>): InvoiceRow => ({ kind: 'invoice', file: 'f.csv', line: 2, client: 'acme', ref: 'F-1', date: '2026-01-10', ...o });
const ev = (o: Partial<ClientEvent>): ClientEvent => ({ date: '2026-01-10', type: 'work', file: 'a.log.yaml', line: 1, ...o });

describe('grouping', () => {
  it('one work event per day and billable flag, hours summed and rounded', () => {
    const g = groupTime('toggl', [t('2026-01-02', 1.2), t('2026-01-02', 0.3), t('2026-01-02', 1, false), t('2026-01-01', 2 / 3), t('2026-01-03', 0)]);
    expect(g.map(({ date, hours, billable, source }) => ({ date, hours, billable, source }))).toEqual([
      { date: '2026-01-01', hours: 0.67, billable: true, source: 'toggl:2026-01-01/billable' },
      { date: '2026-01-02', hours: 1.5, billable: true, source: 'toggl:2026-01-02/billable' },
      { date: '2026-01-02', hours: 1, billable: false, source: 'toggl:2026-01-02/non-billable' },
    ]);
  });
  it('one invoice per ref: lines summed, a repeated total taken once, payments gathered', () => {
    expect(groupInvoices('freshbooks', [inv({ lineAmount: 100 }), inv({ lineAmount: 50.5 })])[0]).toMatchObject({ amount: 150.5, source: 'freshbooks:F-1' });
    expect(groupInvoices('xero', [inv({ total: 200 }), inv({ total: 200 })])[0]).toMatchObject({ amount: 200 });
    const wave = groupInvoices('wave', [inv({ total: 300 }), inv({ payment: { date: '2026-02-01', amount: 100 } }), inv({ payment: { date: '2026-03-01', amount: 200 } })]);
    expect(wave[0]).toMatchObject({ amount: 300, payments: [{ date: '2026-02-01', amount: 100 }, { date: '2026-03-01', amount: 200 }] });
  });
});

describe('planning against the files', () => {
  const work = groupTime('toggl', [t('2026-01-02', 1.5)]);
  it('adds what is new, with due = date + the profile terms when the export has none', () => {
    const p = planClient([...work, ...groupInvoices('harvest', [inv({ total: 500 })])], [], 15);
    expect(p.add).toEqual([
      [['date', '2026-01-02'], ['type', 'work'], ['hours', 1.5], ['billable', true], ['source', 'toggl:2026-01-02/billable']],
      [['date', '2026-01-10'], ['type', 'invoice'], ['ref', 'F-1'], ['amount', 500], ['due', '2026-01-25'], ['source', 'harvest:F-1']],
    ]);
    expect([p.added, p.updated, p.unchanged, p.hoursTotal, p.invoiced]).toEqual([2, 0, 0, 1.5, 500]);
  });
  it('leaves alone what its source shows is there; updates a day whose hours changed', () => {
    expect(planClient(work, [ev({ hours: 1.5, source: 'toggl:2026-01-02/billable' })]).unchanged).toBe(1);
    const p = planClient(work, [ev({ hours: 1, source: 'toggl:2026-01-02/billable' })]);
    expect([p.add.length, p.fields]).toEqual([0, [{ source: 'toggl:2026-01-02/billable', key: 'hours', value: 1.5 }]]);
  });
  it('a later export of an invoice records its payment instead of adding it again', () => {
    const open = ev({ type: 'invoice', ref: 'F-1', amount: 500, due: '2026-02-10', source: 'harvest:F-1' });
    const paid = groupInvoices('harvest', [inv({ total: 500, paidAmount: 500, lastPaymentOn: '2026-02-20' })]);
    expect(planClient(paid, [open])).toMatchObject({ added: 0, updated: 1, payments: [{ ref: 'F-1', date: '2026-02-20' }] });
    const part = groupInvoices('harvest', [inv({ total: 500, paidAmount: 300, lastPaymentOn: '2026-02-20' })]);
    expect(planClient(part, [{ ...open, payments: [{ date: '2026-02-01', amount: 100 }] }]).payments).toEqual([{ ref: 'F-1', date: '2026-02-20', amount: 200 }]);
    expect(planClient(paid, [{ ...open, paid: '2026-02-20' }])).toMatchObject({ updated: 0, unchanged: 1, payments: [] });
  });
  it('an invoice typed by hand with the same ref is the same invoice', () => {
    const p = planClient(groupInvoices('xero', [inv({ total: 500, paid: true })]), [ev({ type: 'invoice', ref: 'F-1', amount: 500, due: '2026-02-10' })]);
    expect(p).toMatchObject({ added: 0, updated: 1, payments: [{ ref: 'F-1', date: true }] });
  });
});

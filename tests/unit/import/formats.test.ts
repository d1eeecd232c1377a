/**
 * Each tool's fixture (its exact header row, tests/fixtures/import/README.md says what is
 * verified) read into the records it holds: dates, hours and amounts as the tool meant them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCsv } from '../../../src/core/import/decode.js';
import { groupInvoices, groupTime } from '../../../src/core/import/group.js';
import { parseExport, type InvoiceRow, type ParsedExport, type TimeEntry } from '../../../src/core/import/parseExport.js';
import type { DateFormat } from '../../../src/core/import/types.js';
import { ROOT } from '../build.js';

const fixture = (name: string) => decodeCsv(readFileSync(join(ROOT, 'tests', 'fixtures', 'import', name))).text;

function read(name: string, dateFormat?: DateFormat): ParsedExport {
  const r = parseExport(fixture(name), name, { dateFormat });
  if (!('records' in r) || r.problems.length) throw new Error(JSON.stringify(r.problems));
  return r;
}

const times = (r: ParsedExport) => r.records.filter((x): x is TimeEntry => x.kind === 'time');
const invoices = (r: ParsedExport) => r.records.filter((x): x is InvoiceRow => x.kind === 'invoice');
const work = (r: ParsedExport, client: string) =>
  groupTime(r.format.tool, times(r).filter((t) => t.client === client)).map((g) => ({ date: g.date, hours: g.hours, billable: g.billable, source: g.source }));
const bills = (r: ParsedExport, client: string) =>
  groupInvoices(r.format.tool, invoices(r).filter((t) => t.client === client)).map(({ ref, date, due, amount, paid, payments, paidToDate, undatedPaid }) => ({
    ref,
    date,
    due,
    amount,
    paid,
    payments,
    paidToDate,
    undatedPaid,
  }));

describe('time exports', () => {
  it('Toggl detailed report (BOM, HH:MM:SS durations, a day crossing midnight counted on its start day)', () => {
    const r = read('toggl_detailed.csv');
    expect(r.format.tool).toBe('toggl');
    expect(times(r)[0]).toMatchObject({ line: 2, client: '', date: '2024-03-04', hours: 0, billable: false });
    expect(work(r, 'Big Company')).toEqual([
      { date: '2024-03-04', hours: 1, billable: true, source: 'toggl:2024-03-04/billable' },
      { date: '2024-03-05', hours: 2.75, billable: true, source: 'toggl:2024-03-05/billable' },
    ]);
  });

  it('Toggl admin data export (every field quoted, no Amount column)', () => {
    const r = read('toggl_data_export.csv');
    expect(r.format.tool).toBe('toggl');
    expect(times(r).map((t) => [t.client, t.date, Math.round(t.hours * 3600)])).toEqual([
      ['Real World Client', '2024-10-15', 2],
      ['', '2024-10-16', 900],
    ]);
  });

  it('Clockify detailed report: MM/DD/YYYY shown by the file itself (10/15/2024), decimal durations', () => {
    const r = read('clockify_detailed_extended.csv');
    expect(r.format.tool).toBe('clockify');
    expect(r.dateFormat).toBe('MM/DD/YYYY');
    expect(work(r, 'Real World Client')).toEqual([
      { date: '2024-10-15', hours: 0.5, billable: true, source: 'clockify:2024-10-15/billable' },
      { date: '2024-10-16', hours: 1.25, billable: false, source: 'clockify:2024-10-16/non-billable' },
    ]);
  });

  it('Clockify with only ambiguous dates is refused, and read with --date-format', () => {
    const refused = parseExport(fixture('clockify_detailed_us.csv'), 'c.csv');
    expect(refused.problems[0]).toMatchObject({ line: 2, message: { key: 'importer.err.ambiguousDate', args: ['03/04/2024'] } });
    const r = read('clockify_detailed_us.csv', 'MM/DD/YYYY');
    expect(work(r, 'Big Company')).toEqual([
      { date: '2024-03-04', hours: 1, billable: true, source: 'clockify:2024-03-04/billable' },
      { date: '2024-03-05', hours: 2.25, billable: true, source: 'clockify:2024-03-05/billable' },
    ]);
  });

  it('Harvest time, Euro account: decimal comma and thousands dot', () => {
    const r = read('harvest_time_eu.csv');
    expect(r.format.tool).toBe('harvest');
    expect(r.decimal).toBe(',');
    expect(times(r).map((t) => t.hours)).toEqual([20, 0.01, 1.5]);
    expect(work(r, 'Big Company')).toEqual([
      { date: '2024-03-04', hours: 0.01, billable: true, source: 'harvest:2024-03-04/billable' },
      { date: '2024-03-05', hours: 1.5, billable: true, source: 'harvest:2024-03-05/billable' },
    ]);
  });

  it('Harvest time, US numbers (assumed format)', () => {
    const r = read('harvest_time_us_assumed.csv');
    expect(r.decimal).toBe('.');
    expect(times(r).map((t) => [t.client, t.hours, t.billable])).toEqual([
      ['Big Company', 1.5, true],
      ['Big Company', 0.25, false],
      ['Acme', 12, true],
    ]);
  });

  it('Kimai: h:mm durations, Billable 1 or empty, Customer column', () => {
    const r = read('kimai_2_27plus.csv');
    expect(r.format.tool).toBe('kimai');
    expect(work(r, 'Customer Name')).toEqual([{ date: '2019-06-16', hours: 0.1, billable: true, source: 'kimai:2019-06-16/billable' }]);
    expect(work(r, 'Big Company')).toEqual([
      { date: '2024-03-04', hours: 1.5, billable: true, source: 'kimai:2024-03-04/billable' },
      { date: '2024-03-04', hours: 0.25, billable: false, source: 'kimai:2024-03-04/non-billable' },
    ]);
  });

  it('solidtime: date part of Start, unrounded decimal duration', () => {
    const r = read('solidtime_report.csv');
    expect(r.format.tool).toBe('solidtime');
    expect(work(r, 'Acme')).toEqual([{ date: '2024-03-05', hours: 1.5, billable: true, source: 'solidtime:2024-03-05/billable' }]);
    expect(work(r, 'Big Company')).toEqual([{ date: '2024-03-04', hours: 1, billable: true, source: 'solidtime:2024-03-04/billable' }]);
  });
});

describe('invoice exports', () => {
  it('Harvest invoices: paid by balance on Last Payment Date, an address with a line break, a partial payment', () => {
    const r = read('harvest_invoices.csv');
    expect(r.format.tool).toBe('harvest');
    expect(r.format.kind).toBe('invoice');
    expect(invoices(r).map((i) => i.line)).toEqual([2, 4, 6]);
    expect(bills(r, 'Atlanta Music Project')).toEqual([
      { ref: 'AMP.11.105', date: '2011-08-01', due: undefined, amount: 425, paid: '2011-08-01', payments: [], paidToDate: undefined, undatedPaid: undefined },
      { ref: 'AMP.11.106', date: '2011-09-01', due: undefined, amount: 425, paid: undefined, payments: [], paidToDate: undefined, undatedPaid: undefined },
    ]);
    expect(bills(r, 'Acme GmbH')[0]).toMatchObject({ ref: '1042', amount: 1190, paidToDate: { date: '2011-10-01', amount: 500 } });
  });

  it('Invoice Ninja: paid status without a date, a partial payment without one, drafts skipped', () => {
    const r = read('invoiceninja_invoices.csv');
    expect(r.format.tool).toBe('invoiceninja');
    expect(bills(r, 'Acme GmbH')).toEqual([
      { ref: '0001', date: '2024-03-01', due: '2024-03-31', amount: 1190, paid: true, payments: [], paidToDate: undefined, undatedPaid: undefined },
      { ref: '0002', date: '2024-04-01', due: '2024-05-01', amount: 595, paid: undefined, payments: [], paidToDate: undefined, undatedPaid: 300 },
    ]);
    expect(bills(r, 'Globex, Inc.').map((b) => b.ref)).toEqual(['0003']);
  });

  it('FreshBooks: line totals summed once per invoice, paid on Date Paid', () => {
    const r = read('freshbooks_invoice_details.csv');
    expect(r.format.tool).toBe('freshbooks');
    expect(bills(r, 'X-Men')).toEqual([{ ref: '0000001', date: '2021-01-28', due: undefined, amount: 7890, paid: undefined, payments: [], paidToDate: undefined, undatedPaid: undefined }]);
    expect(bills(r, 'Acme Corp')[0]).toMatchObject({ ref: '0000002', amount: 300, paid: '2021-02-15' });
  });

  it('Xero: DD/MM/YYYY, the repeated total taken once, Paid status', () => {
    const r = read('xero_sales_invoices_assumed.csv');
    expect(r.format.tool).toBe('xero');
    expect(r.dateFormat).toBe('DD/MM/YYYY');
    expect(bills(r, 'Harbour Cafe')).toEqual([
      { ref: 'INV-1014', date: '2024-03-24', due: '2024-04-23', amount: 1495, paid: true, payments: [], paidToDate: undefined, undatedPaid: undefined },
      { ref: 'INV-1015', date: '2024-03-30', due: '2024-04-29', amount: 862.5, paid: undefined, payments: [], paidToDate: undefined, undatedPaid: undefined },
    ]);
  });

  it('Wave accounting.csv: the receivable debit is the invoice, its credit the payment', () => {
    const r = read('wave_accounting.csv');
    expect(r.format.tool).toBe('wave');
    expect(bills(r, 'Lucas Cage')).toEqual([{ ref: '3', date: '2021-01-28', due: undefined, amount: 590.5, paid: '2021-01-28', payments: [], paidToDate: undefined, undatedPaid: undefined }]);
    expect(bills(r, 'Jessica Jones')).toEqual([{ ref: '4', date: '2021-01-28', due: undefined, amount: 3500.41, paid: undefined, payments: [], paidToDate: undefined, undatedPaid: undefined }]);
  });
});

describe('an invoice row without its number', () => {
  /** A CSV of `header` (the tool's own, from its fixture) and rows given by column name. */
  const csv = (fixtureName: string, rows: Record<string, string>[]) => {
    const header = fixture(fixtureName).split(/\r?\n/)[0]!;
    const cols = header.split(',').map((c) => c.replace(/^"|"$/g, ''));
    return [header, ...rows.map((row) => cols.map((c) => JSON.stringify(row[c] ?? '')).join(','))].join('\n') + '\n';
  };
  const problems = (text: string) => parseExport(text, 'x.csv').problems.map((p) => [p.line, p.message.key, ...(p.message.args ?? [])]);

  it.each([
    ['harvest_invoices.csv', 'ID', { Client: 'Acme', 'Issue Date': '2026-01-10', 'Invoice Amount': '100', 'Paid Amount': '0', Balance: '100' }],
    ['invoiceninja_invoices.csv', 'Invoice Invoice Number', { 'Client Name': 'Acme', 'Invoice Amount': '100', 'Invoice Date': '2026-01-10', 'Invoice Status': 'Sent' }],
    ['freshbooks_invoice_details.csv', 'Invoice #', { 'Client Name': 'Acme', 'Date Issued': '2026-01-10', 'Invoice Status': 'sent', 'Line Total': '100' }],
    ['xero_sales_invoices_assumed.csv', 'InvoiceNumber', { ContactName: 'Acme', InvoiceDate: '10/01/2026', DueDate: '09/02/2026', Total: '100', InvoiceAmountPaid: '0', InvoiceAmountDue: '100', Type: 'Sales invoice', Status: 'Awaiting Payment' }],
    ['wave_accounting.csv', 'Invoice Number', { 'Transaction ID': '1', 'Transaction Date': '2026-01-10', Customer: 'Acme', 'Account Type': 'System Receivable Invoice', 'Debit Amount (Two Column Approach)': '100' }],
  ] as [string, string, Record<string, string>][])('%s: refused at its line, naming the %s column', (name, column, row) => {
    expect(problems(csv(name, [{ ...row, [column]: 'F-1' }, row]))).toEqual([[3, 'importer.err.noRef', column]]);
  });

  it('what is not an invoice is still skipped: a Xero row with neither number nor type, a Wave credit on no invoice', () => {
    const xero = csv('xero_sales_invoices_assumed.csv', [{ ContactName: 'Acme', InvoiceDate: '10/01/2026', Total: '50' }]);
    expect(parseExport(xero, 'x.csv')).toMatchObject({ problems: [], records: [] });
    const wave = csv('wave_accounting.csv', [{ 'Transaction ID': '2', 'Transaction Date': '2026-01-10', Customer: 'Acme', 'Account Type': 'System Receivable Invoice', 'Credit Amount (Two Column Approach)': '50' }]);
    expect(parseExport(wave, 'x.csv')).toMatchObject({ problems: [], records: [] });
  });
});

describe('recognising a file', () => {
  it('names the missing columns when --from does not fit', () => {
    const r = parseExport(fixture('toggl_detailed.csv'), 't.csv', { tool: 'xero' });
    expect(r.problems[0]!.message.key).toBe('importer.err.notTool');
  });
  it('refuses a header no tool writes', () => {
    const r = parseExport('a,b\n1,2\n', 'x.csv');
    expect(r.problems[0]!.message.key).toBe('importer.err.unknownFormat');
  });
});

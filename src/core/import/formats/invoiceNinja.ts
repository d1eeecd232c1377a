import type { FormatSpec } from '../types.js';

/** The column with the invoice number (its `ref`). */
const REF = 'Invoice Invoice Number';

/**
 * Invoice Ninja v5, Reports → Invoices → Export. VERIFIED from its source (InvoiceExport.php,
 * lang/en/texts.php, ReportCsvGenerationTest.php): UTF-8, no BOM, one row per invoice; the
 * default English header starts
 *   "Client Name","Client Currency","Invoice Invoice Number","Invoice Amount","Invoice Balance","Invoice Paid to Date","Invoice PO Number","Invoice Date","Invoice Due Date",…,"Invoice Status",…
 * (40 columns; users pick and reorder them; headers follow the company's language). Dates
 * `YYYY-MM-DD`, amounts plain floats (`1234.5`), Status `Draft`, `Sent`, `Partial/Deposit`,
 * `Paid`, `Cancelled`, `Reversed`. No paid date: a paid invoice becomes `paid: true`; a
 * partial payment has no date and is left out (reported). Drafts, cancelled and reversed
 * invoices are skipped.
 */
export const invoiceNinja: FormatSpec = {
  tool: 'invoiceninja',
  kind: 'invoice',
  refColumn: REF,
  signature: ['Client Name', 'Invoice Invoice Number', 'Invoice Amount', 'Invoice Date'],
  dateFormat: 'YYYY-MM-DD',
  read: (row, place) => {
    const status = row('Invoice Status').toLowerCase();
    if (['draft', 'cancelled', 'reversed'].includes(status)) return null;
    const balance = row('Invoice Balance').trim();
    return {
      kind: 'invoice',
      ...place,
      client: row('Client Name'),
      ref: row(REF),
      date: row('Invoice Date'),
      due: row('Invoice Due Date') || undefined,
      total: row('Invoice Amount'),
      paid: status === 'paid' || (balance !== '' && Number(balance) === 0 && Number(row('Invoice Amount')) > 0),
      paidAmount: row('Invoice Paid to Date') || undefined,
    };
  },
};

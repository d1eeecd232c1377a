import type { FormatSpec } from '../types.js';

/** The column with the invoice number (its `ref`). */
const REF = 'ID';

/**
 * Harvest, Invoices → Export. PARTLY VERIFIED (one real 2011 export in Invoice Ninja's test
 * ImportHarvestDirectoryTest.php): one row per invoice, header
 *   Issue Date,Last Payment Date,ID,PO Number,Client,Subject,Invoice Amount,Paid Amount,Balance,Subtotal,Discount,Tax,Tax2,Currency,Currency Symbol,Document Type,Client Address
 * `Client Address` is a quoted field with a line break. Dates `YYYY-MM-DD`; `Invoice Amount`
 * is the total with tax; no due date (so `due` = issue date + the profile's terms) and no
 * status: Balance 0 = paid, on `Last Payment Date`; a partial payment is recorded as one
 * payment of `Paid Amount` on `Last Payment Date`. NOT VERIFIED: a due-date column, credit
 * notes, date and number formats of other accounts (the file's values decide).
 */
export const harvestInvoices: FormatSpec = {
  tool: 'harvest',
  kind: 'invoice',
  refColumn: REF,
  signature: ['Issue Date', 'ID', 'Client', 'Invoice Amount', 'Paid Amount', 'Balance'],
  read: (row, place) => ({
    kind: 'invoice',
    ...place,
    client: row('Client'),
    ref: row(REF),
    date: row('Issue Date'),
    due: row('Due Date') || undefined,
    total: row('Invoice Amount'),
    paidAmount: row('Paid Amount'),
    lastPaymentOn: row('Last Payment Date') || undefined,
  }),
};

import type { FormatSpec } from '../types.js';

/** The column with the invoice number (its `ref`). */
const REF = 'Invoice #';

/**
 * FreshBooks, Reports → Invoice Details → Export for Excel (CSV). PARTLY VERIFIED (Invoice
 * Ninja's fixture freshbooks_invoices.csv, 2022; FreshBooks API reports page): no BOM, one
 * row per invoice LINE, invoice fields repeated, header
 *   Client Name,Invoice #,Date Issued,Invoice Status,Date Paid,Item Name,Item Description,Rate,Quantity,Discount Percentage,Line Subtotal,Tax 1 Type,Tax 1 Amount,Tax 2 Type,Tax 2 Amount,Line Total,Currency
 * Dates `YYYY-MM-DD`; `Invoice #` zero-padded text (`0000001`); the invoice's amount is the
 * sum of its `Line Total`s; paid on `Date Paid`. NOT VERIFIED: whether Line Total includes
 * tax, the status words (`draft` is skipped, `paid` without a date is `paid: true`), a
 * `Date Due` column (used when present).
 */
export const freshbooks: FormatSpec = {
  tool: 'freshbooks',
  kind: 'invoice',
  refColumn: REF,
  signature: ['Client Name', 'Invoice #', 'Date Issued', 'Invoice Status', 'Line Total'],
  read: (row, place) => {
    const status = row('Invoice Status').toLowerCase();
    if (status === 'draft') return null;
    return {
      kind: 'invoice',
      ...place,
      client: row('Client Name'),
      ref: row(REF),
      date: row('Date Issued'),
      due: row('Date Due') || undefined,
      lineAmount: row('Line Total'),
      paidOn: row('Date Paid') || undefined,
      paid: status === 'paid',
    };
  },
};

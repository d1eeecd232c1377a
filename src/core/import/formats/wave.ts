import type { FormatSpec } from '../types.js';

/** The column with the invoice number (its `ref`). */
const REF = 'Invoice Number';

/**
 * Wave has no invoice-list CSV; its Settings → Data Export → Accounting gives
 * `accounting.csv`, one row per journal line. VERIFIED (Invoice Ninja's fixture
 * wave_invoices.csv, 2022, and a 2025 sample), header (note the blank ` ` column):
 *   Transaction ID,Transaction Date,Account Name,Transaction Description,Transaction Line Description,Amount (One column), ,Debit Amount (Two Column Approach),Credit Amount (Two Column Approach),Other Accounts for this Transaction,Customer,Vendor,Invoice Number,Bill Number,Notes / Memo,Amount Before Sales Tax,Sales Tax Amount,Sales Tax Name,Transaction Date Added,Transaction Date Last Modified,Account Group,Account Type,Account ID
 * An invoice is its Accounts Receivable line (`Account Type` = `System Receivable Invoice`)
 * with a debit = the total; a payment is a receivable line with a credit, carrying the same
 * Customer and Invoice Number. Dates `YYYY-MM-DD`. No due date (the profile's terms) and no
 * status. Income, tax and cash lines are skipped, and so is a credit with no Invoice Number
 * (a payment on no invoice); a debit with none is an invoice without its number, which
 * stops the import. NOT VERIFIED: foreign currencies.
 */
export const wave: FormatSpec = {
  tool: 'wave',
  kind: 'invoice',
  refColumn: REF,
  signature: ['Transaction ID', 'Transaction Date', 'Customer', 'Invoice Number', 'Account Type', 'Debit Amount (Two Column Approach)', 'Credit Amount (Two Column Approach)'],
  dateFormat: 'YYYY-MM-DD',
  read: (row, place) => {
    if (row('Account Type') !== 'System Receivable Invoice') return null;
    const base = { kind: 'invoice' as const, ...place, client: row('Customer'), ref: row(REF), date: row('Transaction Date') };
    const debit = row('Debit Amount (Two Column Approach)');
    const credit = row('Credit Amount (Two Column Approach)');
    if (debit) return { ...base, total: debit };
    if (credit && base.ref) return { ...base, payment: { date: row('Transaction Date'), amount: credit } };
    return null;
  },
};

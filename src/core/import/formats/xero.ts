import type { FormatSpec } from '../types.js';

/**
 * Xero, Business → Invoices → Export (sales invoices). PARTLY VERIFIED: the 44-column header
 * is in several third-party tools and Moment's docs, not on a Xero page we could read:
 *   ContactName,EmailAddress,POAddressLine1,…,SACountry,InvoiceNumber,Reference,InvoiceDate,DueDate,PlannedDate,Total,TaxTotal,InvoiceAmountPaid,InvoiceAmountDue,InventoryItemCode,Description,Quantity,UnitAmount,Discount,LineAmount,AccountCode,TaxType,TaxAmount,TrackingName1,TrackingOption1,TrackingName2,TrackingOption2,Currency,Type,Sent,Status
 * One row per invoice LINE; Total (tax included), InvoiceAmountPaid/Due and Status repeat
 * on each, so they are taken once. Dates `DD/MM/YYYY` (Xero's import guide; NOT VERIFIED for
 * US organisations: a file whose values show month first is read so). No paid date: Status
 * `Paid` or nothing due is `paid: true`. Rows without an InvoiceNumber (overpayments), credit
 * notes and bills, drafts, voided and deleted invoices are skipped.
 */
export const xero: FormatSpec = {
  tool: 'xero',
  kind: 'invoice',
  signature: ['ContactName', 'InvoiceNumber', 'InvoiceDate', 'DueDate', 'Total', 'InvoiceAmountPaid', 'InvoiceAmountDue'],
  defaultDateFormat: 'DD/MM/YYYY',
  read: (row, place) => {
    const type = row('Type').toLowerCase();
    const status = row('Status').toLowerCase();
    if (!row('InvoiceNumber') || (type && !type.includes('invoice')) || type === 'bill') return null;
    if (['draft', 'voided', 'deleted', 'submitted'].includes(status)) return null;
    const due = row('InvoiceAmountDue').trim();
    return {
      kind: 'invoice',
      ...place,
      client: row('ContactName'),
      ref: row('InvoiceNumber'),
      date: row('InvoiceDate'),
      due: row('DueDate') || undefined,
      total: row('Total'),
      paid: status === 'paid' || (due !== '' && Number(due) === 0),
      paidAmount: row('InvoiceAmountPaid') || undefined,
    };
  },
};

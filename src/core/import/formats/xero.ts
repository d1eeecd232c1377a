import type { FormatSpec } from '../types.js';

/** The column with the invoice number (its `ref`). */
const REF = 'InvoiceNumber';

/**
 * Xero, Business → Invoices → Export (sales invoices). PARTLY VERIFIED: the 44-column header
 * is in several third-party tools and Moment's docs, not on a Xero page we could read:
 *   ContactName,EmailAddress,POAddressLine1,…,SACountry,InvoiceNumber,Reference,InvoiceDate,DueDate,PlannedDate,Total,TaxTotal,InvoiceAmountPaid,InvoiceAmountDue,InventoryItemCode,Description,Quantity,UnitAmount,Discount,LineAmount,AccountCode,TaxType,TaxAmount,TrackingName1,TrackingOption1,TrackingName2,TrackingOption2,Currency,Type,Sent,Status
 * One row per invoice LINE; Total (tax included), InvoiceAmountPaid/Due and Status repeat
 * on each, so they are taken once. Dates `DD/MM/YYYY` (Xero's import guide; NOT VERIFIED for
 * US organisations: a file whose values show month first is read so). No paid date: Status
 * `Paid` or nothing due is `paid: true`. Credit notes and bills, drafts, voided and deleted
 * invoices are skipped, and so are rows with neither an InvoiceNumber nor a Type
 * (overpayments); a row whose Type says invoice but has no InvoiceNumber is an invoice
 * without its number, which stops the import.
 */
export const xero: FormatSpec = {
  tool: 'xero',
  kind: 'invoice',
  refColumn: REF,
  signature: ['ContactName', 'InvoiceNumber', 'InvoiceDate', 'DueDate', 'Total', 'InvoiceAmountPaid', 'InvoiceAmountDue'],
  defaultDateFormat: 'DD/MM/YYYY',
  read: (row, place) => {
    const type = row('Type').toLowerCase();
    const status = row('Status').toLowerCase();
    if ((type && !type.includes('invoice')) || type === 'bill') return null;
    if (['draft', 'voided', 'deleted', 'submitted'].includes(status)) return null;
    if (!row(REF) && !type) return null;
    const due = row('InvoiceAmountDue').trim();
    return {
      kind: 'invoice',
      ...place,
      client: row('ContactName'),
      ref: row(REF),
      date: row('InvoiceDate'),
      due: row('DueDate') || undefined,
      total: row('Total'),
      paid: status === 'paid' || (due !== '' && Number(due) === 0),
      paidAmount: row('InvoiceAmountPaid') || undefined,
    };
  },
};

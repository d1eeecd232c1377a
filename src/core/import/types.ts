/**
 * The shapes an export becomes on its way to events: a tool's rows are read by its format
 * (formats/*.ts) into raw records — text as the file wrote it, tied to file and line — and
 * only then parsed (values.ts), once the whole file has shown which date format and decimal
 * mark it uses.
 */

/** Every tool `--from` names; `map` is any other CSV described by a `--map` file. */
export const TOOLS = ['toggl', 'clockify', 'harvest', 'kimai', 'solidtime', 'invoiceninja', 'freshbooks', 'xero', 'wave'] as const;
export type Tool = (typeof TOOLS)[number] | 'map';

/** Date layouts a file may use; slashes are the ambiguous ones. */
export const DATE_FORMATS = ['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'DD.MM.YYYY', 'DD-MM-YYYY', 'MM-DD-YYYY'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** Where a row is: 1-based line of its first character in the CSV file. */
export interface RowPlace {
  file: string;
  line: number;
}

/** One time entry as the file wrote it. */
export interface RawTime extends RowPlace {
  kind: 'time';
  client: string;
  date: string;
  /** `1.5`, `1,5`, `1:30`, `01:30:00`. */
  duration: string;
  billable: boolean | null;
}

/**
 * One invoice row: a whole invoice (Harvest, Invoice Ninja), one of its lines (FreshBooks,
 * Xero: invoice fields repeated, `lineAmount` is that line), or a payment on it (Wave).
 */
export interface RawInvoice extends RowPlace {
  kind: 'invoice';
  client: string;
  ref: string;
  date: string;
  due?: string;
  /** The invoice's total, tax included, repeated on each of its rows. */
  total?: string;
  /** One line's amount, summed when there is no total. */
  lineAmount?: string;
  /** Paid in full on this date. */
  paidOn?: string;
  /** Paid in full, date unknown (a status). */
  paid?: boolean;
  /** What has been paid so far, and when the last payment came (Harvest). */
  paidAmount?: string;
  lastPaymentOn?: string;
  /** A payment row (Wave's receivable credits). */
  payment?: { date: string; amount: string };
}

export type RawRecord = RawTime | RawInvoice;

/** A row's cells by header name. */
export type Row = (column: string) => string;

/**
 * What a format knows about its tool: how to recognise the header row, what it writes, and
 * how a row becomes a record (null: a row that carries nothing to import, such as a Wave
 * income line).
 */
export interface FormatSpec {
  tool: Tool;
  kind: 'time' | 'invoice';
  /** Columns that must all be in the header row for the file to be this tool's. */
  signature: readonly string[];
  /** The date layout the tool always writes, when it has only one; else the file decides. */
  dateFormat?: DateFormat;
  /** The date layout to take when the file's own values cannot tell (Xero writes DD/MM/YYYY). */
  defaultDateFormat?: DateFormat;
  /**
   * Invoices: the column with the invoice number. A row read as an invoice with that cell
   * empty stops the import (parseExport.ts): an invoice needs its `ref`.
   */
  refColumn?: string;
  read(row: Row, place: RowPlace, header: readonly string[]): RawRecord | null;
}

import type { Problem } from '../errors.js';
import { M } from '../i18n/msg.js';
import { parseCsv, type Delimiter } from './csv.js';
import { detectFormat, headerKey, missingColumns } from './formats/index.js';
import type { DateFormat, FormatSpec, RawInvoice, RawRecord, Row, Tool } from './types.js';
import { dateFormatOf, decimalMarkOf, parseDate, parseDuration, parseNumber, type DecimalMark } from './values.js';

/** A time entry ready to group: a real date and hours. */
export interface TimeEntry {
  kind: 'time';
  file: string;
  line: number;
  client: string;
  date: string;
  hours: number;
  billable: boolean | null;
}

/** An invoice row with real dates and numbers (see RawInvoice for what each field means). */
export interface InvoiceRow {
  kind: 'invoice';
  file: string;
  line: number;
  client: string;
  ref: string;
  date: string;
  due?: string;
  total?: number;
  lineAmount?: number;
  paidOn?: string;
  paid?: boolean;
  paidAmount?: number;
  lastPaymentOn?: string;
  payment?: { date: string; amount: number };
}

export type ImportRecord = TimeEntry | InvoiceRow;

export interface ParsedExport {
  format: FormatSpec;
  delimiter: Delimiter;
  dateFormat: DateFormat | null;
  decimal: DecimalMark;
  records: ImportRecord[];
  /** Rows that cannot be read (a date or number that is not one): the import stops. */
  problems: Problem[];
}

export interface ParseOptions {
  /** `--from`: the tool, when the header alone should not decide. */
  tool?: Tool;
  /** `--map`: the format it describes. */
  format?: FormatSpec;
  /** `--date-format`. */
  dateFormat?: DateFormat;
  /** The map's `decimal:`. */
  decimal?: DecimalMark;
}

/**
 * One CSV export (already decoded) → its records, with dates as `YYYY-MM-DD` and numbers
 * parsed. The format comes from `--map`, else the header row (within `--from`'s tool).
 * Date layout and decimal mark are decided once for the whole file from the tool and the
 * file's own values; a file whose dates could be DD/MM or MM/DD is refused with a problem
 * asking for `--date-format`, never guessed. Throws nothing: every problem is returned.
 */
export function parseExport(text: string, file: string, opts: ParseOptions = {}): ParsedExport | { problems: Problem[] } {
  let table;
  try {
    table = parseCsv(text);
  } catch (e) {
    const err = e as { message?: string; lines?: number };
    return { problems: [{ code: 'schema', file, line: err.lines ?? 1, col: 1, message: M.importer.err.csv(String(err.message ?? e)), expected: M.importer.err.csvExpected }] };
  }
  const { header, rows, delimiter } = table;
  const format = opts.format ?? detectFormat(header, opts.tool);
  if (!format) {
    const problem: Problem = opts.tool
      ? { code: 'schema', file, line: 1, col: 1, message: M.importer.err.notTool(opts.tool, missingColumns(header, opts.tool).join(', ')), expected: M.importer.err.unknownFormatExpected }
      : { code: 'schema', file, line: 1, col: 1, message: M.importer.err.unknownFormat, expected: M.importer.err.unknownFormatExpected, source: header.join(delimiter) };
    return { problems: [problem] };
  }
  if (opts.format) {
    const have = new Set(header.map(headerKey));
    const missing = format.signature.filter((c) => !have.has(headerKey(c)));
    if (missing.length) return { problems: [{ code: 'schema', file, line: 1, col: 1, message: M.importer.err.mapColumns(missing.join(', ')), expected: M.importer.err.mapColumnsExpected(header.join(', ')) }] };
  }

  const index = new Map<string, number>();
  header.forEach((h, i) => {
    if (!index.has(headerKey(h))) index.set(headerKey(h), i);
  });
  // One getter for every row, columns looked up once by the name the format asks for.
  const asked = new Map<string, number>();
  let cells: string[] = [];
  const get: Row = (column) => {
    let i = asked.get(column);
    if (i === undefined) asked.set(column, (i = index.get(headerKey(column)) ?? -1));
    return i < 0 ? '' : (cells[i] ?? '').trim();
  };
  const raws: RawRecord[] = [];
  for (const r of rows) {
    cells = r.cells;
    const rec = format.read(get, { file, line: r.line }, header);
    if (rec) raws.push(rec);
  }

  // The file's conventions, from every value of its kind.
  // Each distinct value once: 100,000 rows hold a few hundred dates and durations.
  const dateCells = new Set<string>();
  const numberCells = new Set<string>();
  for (const r of raws) {
    dateCells.add(r.date);
    if (r.kind === 'time') numberCells.add(r.duration);
    else {
      for (const d of [r.due, r.paidOn, r.lastPaymentOn, r.payment?.date]) if (d) dateCells.add(d);
      for (const n of [r.total, r.lineAmount, r.paidAmount, r.payment?.amount]) if (n) numberCells.add(n);
    }
  }
  let dateFormat: DateFormat | null = opts.dateFormat ?? format.dateFormat ?? null;
  if (!dateFormat) {
    const ev = dateFormatOf([...dateCells], format.defaultDateFormat);
    if (!ev.ok) {
      const where = raws.find((r) => r.date.includes(ev.reason === 'ambiguous' ? ev.example : ev.dayFirst)) ?? raws[0]!;
      const message = ev.reason === 'ambiguous' ? M.importer.err.ambiguousDate(ev.example) : M.importer.err.mixedDates(ev.dayFirst, ev.monthFirst);
      return { problems: [{ code: 'usage', file, line: where.line, col: 1, message, expected: M.importer.err.dateFormatExpected }] };
    }
    dateFormat = ev.format;
  }
  const mark = opts.decimal ?? decimalMarkOf([...numberCells]);
  if (mark === 'mixed') return { problems: [{ code: 'schema', file, line: 1, col: 1, message: M.importer.err.mixedDecimals, expected: M.importer.err.mixedDecimalsExpected }] };

  const problems: Problem[] = [];
  const records: ImportRecord[] = [];
  const at = (line: number) => ({ code: 'schema' as const, file, line, col: 1 });
  const dates = new Map<string, string | null>();
  const date = (cell: string, line: number): string | null => {
    let d = dates.get(cell);
    if (d === undefined) dates.set(cell, (d = parseDate(cell, dateFormat)));
    if (d === null) problems.push({ ...at(line), message: M.importer.err.badDate(cell), expected: M.importer.err.badDateExpected(dateFormat ?? 'YYYY-MM-DD') });
    return d;
  };
  const optDate = (cell: string | undefined, line: number) => (cell ? (date(cell, line) ?? undefined) : undefined);
  const num = (cell: string | undefined, line: number): number | undefined => {
    if (!cell) return undefined;
    const n = parseNumber(cell, mark);
    if (n === null) problems.push({ ...at(line), message: M.importer.err.badNumber(cell), expected: M.importer.err.badNumberExpected(mark) });
    return n ?? undefined;
  };
  const durations = new Map<string, number | null>();
  for (const r of raws) {
    // An invoice needs its number (eventFields): a row without one is never written.
    const noRef = r.kind === 'invoice' && !r.ref;
    if (noRef) {
      const column = format.refColumn ?? 'ref';
      problems.push({ ...at(r.line), message: M.importer.err.noRef(column), expected: M.importer.err.noRefExpected(column) });
    }
    const d = date(r.date, r.line);
    if (d === null || noRef) continue;
    if (r.kind === 'time') {
      let hours = durations.get(r.duration);
      if (hours === undefined) durations.set(r.duration, (hours = parseDuration(r.duration, mark)));
      if (hours === null || hours < 0) {
        problems.push({ ...at(r.line), message: M.importer.err.badDuration(r.duration), expected: M.importer.err.badDurationExpected });
        continue;
      }
      records.push({ kind: 'time', file, line: r.line, client: r.client, date: d, hours, billable: r.billable });
    } else records.push(invoiceRow(r, d, optDate, num));
  }
  return { format, delimiter, dateFormat, decimal: mark, records, problems };
}

function invoiceRow(
  r: RawInvoice,
  date: string,
  optDate: (c: string | undefined, line: number) => string | undefined,
  num: (c: string | undefined, line: number) => number | undefined,
): InvoiceRow {
  const out: InvoiceRow = { kind: 'invoice', file: r.file, line: r.line, client: r.client, ref: r.ref, date };
  const due = optDate(r.due, r.line);
  if (due) out.due = due;
  const total = num(r.total, r.line);
  if (total !== undefined) out.total = total;
  const lineAmount = num(r.lineAmount, r.line);
  if (lineAmount !== undefined) out.lineAmount = lineAmount;
  const paidOn = optDate(r.paidOn, r.line);
  if (paidOn) out.paidOn = paidOn;
  if (r.paid) out.paid = true;
  const paidAmount = num(r.paidAmount, r.line);
  if (paidAmount !== undefined) out.paidAmount = paidAmount;
  const last = optDate(r.lastPaymentOn, r.line);
  if (last) out.lastPaymentOn = last;
  if (r.payment) {
    const pd = optDate(r.payment.date, r.line);
    const pa = num(r.payment.amount, r.line);
    if (pd && pa !== undefined) out.payment = { date: pd, amount: pa };
  }
  return out;
}

import { parse } from 'csv-parse/sync';

export type Delimiter = ',' | ';' | '\t';

export interface CsvTable {
  header: string[];
  /** The data rows, each with the 1-based line it starts on. */
  rows: { cells: string[]; line: number }[];
  delimiter: Delimiter;
}

/**
 * The delimiter of a CSV file, told from its header row: the one of `,` `;` tab that
 * occurs most often outside quotes (Excel in Spain writes `;`, "Unicode text" writes tabs).
 */
export function sniffDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  return (Object.keys(counts) as Delimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), ',');
}

/**
 * A CSV text parsed by csv-parse (RFC 4180: quoted fields with delimiters, quotes and line
 * breaks; CRLF or LF), never a hand-written splitter. Blank lines are skipped; rows may have
 * fewer or more cells than the header (a trailing empty column, a totals row) and are
 * padded or cut by the format that reads them. Throws csv-parse's error on broken quoting.
 */
export function parseCsv(text: string, delimiter: Delimiter = sniffDelimiter(text)): CsvTable {
  const records = parse(text, {
    delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    relax_quotes: true,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const [first, ...rest] = records;
  const header = (first?.record ?? []).map((h) => h.trim());
  const rows = rest.map(({ record, info }) => {
    // csv-parse counts the line a record ends on; a quoted field with line breaks started earlier.
    let breaks = 0;
    for (const cell of record) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) breaks++;
    return { cells: record, line: info.lines - breaks };
  });
  return { header, rows, delimiter };
}

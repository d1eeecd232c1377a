import { parseBillable } from '../values.js';
import type { FormatSpec } from '../types.js';

/**
 * Kimai ≥ 2.27, Timesheets → Export → CSV. VERIFIED (kimai/kimai source: DefaultTemplate.php,
 * CsvRenderer.php and its test): no BOM, comma, fields quoted by PHP's fputcsv rule, header
 *   Date,From,To,Duration,Currency,Price,"Internal price","Hourly price","Fixed price",Name,User,E-mail,"Staff number",Customer,Project,Activity,Description,Billable,Tags,Type,category,Account,"Project number",VAT-ID,"Order number"
 * (rate columns only for users who may see rates). Date `YYYY-MM-DD`, From/To `HH:MM`,
 * Duration `h:mm` with seconds cut (or decimal `0.11` with the old "export_decimal"
 * preference), Billable `1` or empty. Headers follow the export language (German `Datum`,
 * `Dauer`, `Kunde`: use --map). NOT VERIFIED: exports from Kimai ≤ 2.26 (Duration in
 * seconds; not supported, use --map with a conversion first).
 */
export const kimai: FormatSpec = {
  tool: 'kimai',
  kind: 'time',
  signature: ['Date', 'From', 'To', 'Duration', 'Customer', 'Project', 'Activity'],
  dateFormat: 'YYYY-MM-DD',
  read: (row, place) => ({ kind: 'time', ...place, client: row('Customer'), date: row('Date'), duration: row('Duration'), billable: parseBillable(row('Billable'), true) }),
};

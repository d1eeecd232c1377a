import { parseBillable } from '../values.js';
import type { FormatSpec } from '../types.js';

/**
 * Clockify, Reports → Time → Detailed → Export → Save as CSV. VERIFIED (solidtime's fixtures
 * clockify_time_entries_import_test_1…7.csv; Clockify help "Duration format"): every field
 * double-quoted, no BOM, header
 *   "Project","Client","Description","Task","User","Group","Email","Tags","Billable","Start Date","Start Time","End Date","End Time","Duration (h)","Duration (decimal)","Billable Rate (USD)","Billable Amount (USD)"
 * (newer exports add Type, Invoiced, Invoice ID, Date of creation; `Activity` may replace
 * `Task`; columns move, so they are found by name). Dates follow the user's setting:
 * `MM/DD/YYYY` in the verified files (DD/MM/YYYY and DD.MM.YYYY only in third-party code),
 * so the file's values decide, and `03/04/2024` alone is refused. `Duration (h)` is
 * `hh:mm:ss` or `h:mm` by setting, and is taken first: the verified file has `0.00` in
 * `Duration (decimal)` beside `01:00:01` (a paid feature off?); `Duration (decimal)` `0.50` is
 * the fallback.
 * Billable `Yes`/`No`. NOT VERIFIED: decimal comma for European number settings (the file's
 * values decide), BOM, a totals row.
 */
export const clockify: FormatSpec = {
  tool: 'clockify',
  kind: 'time',
  signature: ['Project', 'Client', 'Description', 'Start Date', 'Duration (h)'],
  read: (row, place) => ({
    kind: 'time',
    ...place,
    client: row('Client'),
    date: row('Start Date'),
    duration: row('Duration (h)') || row('Duration (decimal)'),
    billable: parseBillable(row('Billable')),
  }),
};

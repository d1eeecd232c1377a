import { parseBillable } from '../values.js';
import type { FormatSpec } from '../types.js';

/**
 * Toggl Track, Reports → Detailed → Export → CSV. VERIFIED (solidtime's importer fixtures
 * toggl_time_entries_import_test_1/2.csv, Toggl's help "Editing and uploading a CSV file",
 * public samples 2014–2024): UTF-8 with a BOM, comma-separated, header
 *   User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)
 * (`Amount ()` without a currency; the admin data export has no Amount column and quotes
 * every field). Dates `YYYY-MM-DD`, times `HH:MM:SS` 24 h, Duration `HH:MM:SS` zero-padded,
 * Billable `Yes`/`No` (localised with the UI: `いいえ`). NOT VERIFIED: Duration under the
 * profile's "Classic"/"Decimal" duration formats (decimal hours are accepted too).
 */
export const toggl: FormatSpec = {
  tool: 'toggl',
  kind: 'time',
  signature: ['User', 'Email', 'Client', 'Project', 'Description', 'Billable', 'Start date', 'Start time', 'Duration'],
  dateFormat: 'YYYY-MM-DD',
  read: (row, place) => ({ kind: 'time', ...place, client: row('Client'), date: row('Start date'), duration: row('Duration'), billable: parseBillable(row('Billable')) }),
};

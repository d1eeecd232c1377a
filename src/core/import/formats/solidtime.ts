import { parseBillable } from '../values.js';
import type { FormatSpec } from '../types.js';

/**
 * solidtime, Reporting → Export → CSV. VERIFIED from its source
 * (TimeEntriesDetailedCsvExport.php; the sample file is built from that code, not observed):
 *   Description,Task,Project,Client,User,Start,End,Duration,"Duration (decimal)",Billable,Tags
 * Start/End `YYYY-MM-DD HH:MM:SS` in the user's time zone, Duration `H:MM:SS` (hours
 * unbounded), `Duration (decimal)` an unrounded float (`1.0002777777778`), Billable
 * `Yes`/`No`, newest first. NOT VERIFIED: running entries.
 */
export const solidtime: FormatSpec = {
  tool: 'solidtime',
  kind: 'time',
  signature: ['Description', 'Task', 'Project', 'Client', 'User', 'Start', 'End', 'Duration', 'Billable'],
  dateFormat: 'YYYY-MM-DD',
  read: (row, place) => ({
    kind: 'time',
    ...place,
    client: row('Client'),
    date: row('Start'),
    duration: row('Duration (decimal)') || row('Duration'),
    billable: parseBillable(row('Billable')),
  }),
};

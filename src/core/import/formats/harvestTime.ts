import { parseBillable } from '../values.js';
import type { FormatSpec } from '../types.js';

/**
 * Harvest, Reports → Detailed time → Export, or Settings → Import/Export → "Export all
 * time". VERIFIED (solidtime's fixture harvest_time_entries_import_test_1.csv, 2025; a 2015
 * Finnish sample; Harvest help "Importing and exporting data"): no BOM, header
 *   Date,Client,Project,Project Code,Task,Notes,Hours,Billable?,Invoiced?,Approved?,First Name,Last Name,Roles,Employee?,Billable Rate,Billable Amount,Cost Rate,Cost Amount,Currency,External Reference URL
 * (older accounts: `Department` and no rates). Date in the account's format: `YYYY-MM-DD`
 * and `DD.MM.YYYY` both seen. Hours in decimal hours with the account's decimal mark:
 * `"0,01"`, `"2.000,0"` in a Euro account. Billable? `Yes`/`No`. NOT VERIFIED: US number
 * format (`1,200.0` assumed), `MM/DD/YYYY` dates (the file's values decide).
 */
export const harvestTime: FormatSpec = {
  tool: 'harvest',
  kind: 'time',
  signature: ['Date', 'Client', 'Project', 'Task', 'Notes', 'Hours', 'Billable?'],
  read: (row, place) => ({ kind: 'time', ...place, client: row('Client'), date: row('Date'), duration: row('Hours'), billable: parseBillable(row('Billable?')) }),
};

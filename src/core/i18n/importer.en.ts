/**
 * English wording of `clientfit import`: help, problems with an export, and the summary.
 * Spanish lives in importer.es.ts under the same keys.
 */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const importerEn = {
  cli: {
    description: 'Events from the CSV exports of Toggl, Clockify, Harvest, Kimai, solidtime, Invoice Ninja, FreshBooks, Xero or Wave (or any CSV with --map)',
    files: 'CSV export files',
    into: 'the folder holding the client profiles (default: the current folder)',
    from: 'the tool that wrote the files: toggl, clockify, harvest, kimai, solidtime, invoiceninja, freshbooks, xero, wave (default: told from the header row)',
    map: 'a YAML file naming the columns of any other CSV (see `clientfit schema map`)',
    dateFormat: 'how the dates are written, when the file cannot tell day from month: DD/MM/YYYY, MM/DD/YYYY, …',
    dryRun: 'print what would change and write nothing',
    format: 'output format: text or json',
    progress: 'Importing',
  },
  err: {
    csv: (why: string) => `this is not a CSV file that can be read: ${why}`,
    csvExpected: 'a CSV export: one header row, then one row per line; quote fields that hold the delimiter or a line break',
    unknownFormat: 'the header row is not one of a known tool\'s exports',
    unknownFormatExpected:
      'an export of Toggl (Detailed report), Clockify (Detailed report), Harvest (time or invoices), Kimai, solidtime, Invoice Ninja, FreshBooks, Xero or Wave (accounting.csv), or --map FILE naming the columns',
    notTool: (tool: string, missing: string) => `this does not look like a ${tool} export: the header row has no ${missing}`,
    mapColumns: (missing: string) => `the file has no column named ${missing}, which the --map file names`,
    mapColumnsExpected: (header: string) => `one of the file's columns: ${header}`,
    ambiguousDate: (example: string) => `the dates cannot be read without knowing the order of day and month: ${example} could be either`,
    mixedDates: (dayFirst: string, monthFirst: string) => `the dates are written both day first (${dayFirst}) and month first (${monthFirst})`,
    dateFormatExpected: 'say how the dates are written: --date-format DD/MM/YYYY (or MM/DD/YYYY); nothing was written',
    badDate: (cell: string) => `${cell} is not a date`,
    badDateExpected: (format: string) => `a date written as ${format}`,
    badNumber: (cell: string) => `${cell} is not a number`,
    badNumberExpected: (mark: string) => `a number with "${mark}" as its decimal mark`,
    noRef: (column: string) => `this invoice has no number: its ${column} cell is empty`,
    noRefExpected: (column: string) => `the invoice's number in ${column}: every invoice needs its ref, by which later imports and clientfit paid find it; nothing was written`,
    badDuration: (cell: string) => `${cell} is not a duration`,
    badDurationExpected: 'hours as 1.5 (or 1,5), or H:MM or H:MM:SS',
    mixedDecimals: 'the numbers are written both with a decimal point (0.50) and with a decimal comma (0,50)',
    mixedDecimalsExpected: 'one decimal mark in the whole file; fix the file, or set `decimal:` in a --map file',
    badDateFormat: (value: string) => `--date-format cannot be ${value}`,
    badDateFormatExpected: (list: string) => `one of: ${list}`,
    badTool: (value: string) => `--from cannot be ${value}`,
    mapAndFrom: '--map and --from cannot be used together',
    mapAndFromExpected: '--map for a CSV of your own, --from for a known tool',
    noClients: (dir: string) => `there are no client profiles in ${dir}`,
    noClientsExpected: 'the folder that holds your client profiles: --into clients/',
    logExists: (file: string) => `${file} exists but the profile does not list it under logs:`,
    logExistsExpected: 'add it to the profile\'s logs:, or move it away; nothing was written for this client',
    payment: (ref: string, why: string) => `the payment on invoice ${ref} cannot be recorded: ${why}`,
    logsEdit: (file: string) => `cannot add a logs: line to ${file} without changing its other lines`,
    logsEditExpected: 'add  logs: [CLIENT.log.yaml]  to the profile by hand, then import again',
    unsafe: (file: string) => `the imported events cannot be added to ${file} without changing its other lines`,
  },
  summary: {
    client: (name: string, file: string) => `${name} → ${file}`,
    counts: (added: number, updated: number, unchanged: number) => `${added} added, ${updated} updated, ${unchanged} unchanged`,
    hours: (hours: string) => `${hours} h`,
    invoiced: (amount: string) => `invoiced ${amount}`,
    unmatchedTitle: (n: number) => `${n} ${plural(n, 'row', 'rows')} with no matching client (skipped):`,
    unmatched: (place: string, client: string) => `${place}  ${client}`,
    noClient: '(no client)',
    unmatchedHint: 'add the name to the profile\'s aliases: [...], or create the client with clientfit init',
    ambiguousTitle: (n: number) => `${n} ${plural(n, 'row', 'rows')} matching more than one client (nothing written for them):`,
    ambiguous: (place: string, client: string, ids: string) => `${place}  ${client}: ${ids}`,
    undated: (ref: string, amount: string) => `invoice ${ref}: ${amount} paid on a date the export does not give; not recorded (record it with clientfit paid)`,
    newLog: (file: string, profile: string) => `new log ${file}, listed in ${profile}`,
    nothing: 'Nothing to import.',
    dryRun: 'Dry run: nothing was written.',
    paidUnknown: (n: number) => `${n} ${plural(n, 'invoice is', 'invoices are')} paid on an unknown date (paid: true): lateness metrics leave them out`,
  },
};

export type ImporterCatalog = typeof importerEn;

// The baseline of `clientfit import` in scripts/bench.mjs: read one CSV file and parse it
// with csv-parse (sync), nothing else. Prints the number of records.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

const records = parse(readFileSync(process.argv[2], 'utf8'), { bom: true, relax_column_count: true, skip_empty_lines: true });
process.stdout.write(`${records.length}\n`);

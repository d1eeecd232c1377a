import { safe } from '../../render/safeText.js';
import type { Portfolio } from '../types.js';
import { TOP_FLAGS } from './options.js';

/** Column names follow the JSON keys, so scripts can use either output. */
const HEADER = ['rank', 'id', 'name', 'file', 'fit', 'verdict', 'revenue', 'currency', 'revenueShare', 'topFlags', 'dataWarnings'];

/**
 * A text cell: control characters escaped, a leading = + - @ (or tab/CR) neutralised with
 * an apostrophe so a spreadsheet never runs it as a formula (OWASP "CSV injection"), and
 * RFC 4180 quoting when it holds a comma, a quote or a line break.
 */
export function csvText(value: unknown): string {
  let s = safe(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvNumber = (n: number | null) => (n === null ? '' : String(n));

/** One row per client, worst first; raw values (dot decimals, verdict ids) for spreadsheets and scripts. */
export function renderPortfolioCsv(p: Portfolio): string {
  const lines = [HEADER.join(',')];
  for (const r of p.rows) {
    lines.push(
      [
        String(r.rank),
        csvText(r.id),
        csvText(r.name),
        csvText(r.file),
        String(r.fit),
        r.verdict,
        csvNumber(r.revenue),
        csvText(r.currency ?? ''),
        csvNumber(r.revenueShare),
        csvText(r.flags.slice(0, TOP_FLAGS).join(';')),
        String(r.warnings.length),
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}

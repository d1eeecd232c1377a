import type { DateFormat } from './types.js';

/*
 * Parsing the values of an export once the file has shown its conventions. Nothing here
 * guesses: a date layout or decimal mark is taken from the tool, the user, or the file's own
 * values, and a value that fits none is a problem with its file and line.
 */

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DOT = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const DASH = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;

/** The date part of a cell: `2024-03-05 09:00:00`, `2024-03-05T09:00:00Z` → `2024-03-05`. */
export function datePart(cell: string): string {
  return cell.trim().split(/[ T]/)[0] ?? '';
}

/** What the file's date cells say about their layout. */
export type DateEvidence =
  | { ok: true; format: DateFormat | null }
  /** Day-first and month-first values in one file, at these lines. */
  | { ok: false; reason: 'mixed'; dayFirst: string; monthFirst: string }
  /** Slashes or dashes, and no value with a part above 12 to tell DD/MM from MM/DD. */
  | { ok: false; reason: 'ambiguous'; example: string };

/**
 * The layout a file's dates are in, from the values alone: ISO and `DD.MM.YYYY` are
 * unambiguous; for `a/b/YYYY` a value with a > 12 shows day first, b > 12 month first; with
 * neither the file cannot tell. `fallback` is the tool's own layout (Xero: day first).
 */
export function dateFormatOf(cells: readonly string[], fallback?: DateFormat): DateEvidence {
  let iso = false;
  let dots = false;
  let sep: '/' | '-' | null = null;
  let dayFirst: string | null = null;
  let monthFirst: string | null = null;
  let example: string | null = null;
  for (const raw of cells) {
    const c = datePart(raw);
    if (!c) continue;
    if (ISO.test(c)) iso = true;
    else if (DOT.test(c)) dots = true;
    else {
      const m = SLASH.exec(c) ?? DASH.exec(c);
      if (!m) continue;
      sep = c.includes('/') ? '/' : '-';
      example ??= c;
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a > 12 && b <= 12) dayFirst ??= c;
      if (b > 12 && a <= 12) monthFirst ??= c;
    }
  }
  if (dayFirst && monthFirst) return { ok: false, reason: 'mixed', dayFirst, monthFirst };
  if (sep) {
    const fmt = (first: 'DD' | 'MM'): DateFormat => (sep === '/' ? (first === 'DD' ? 'DD/MM/YYYY' : 'MM/DD/YYYY') : first === 'DD' ? 'DD-MM-YYYY' : 'MM-DD-YYYY');
    if (dayFirst) return { ok: true, format: fmt('DD') };
    if (monthFirst) return { ok: true, format: fmt('MM') };
    if (fallback && fallback !== 'YYYY-MM-DD' && fallback !== 'DD.MM.YYYY') return { ok: true, format: fallback };
    return { ok: false, reason: 'ambiguous', example: example! };
  }
  if (dots) return { ok: true, format: 'DD.MM.YYYY' };
  return { ok: true, format: iso ? 'YYYY-MM-DD' : null };
}

const pad = (n: number) => String(n).padStart(2, '0');

function real(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > days ? null : `${y}-${pad(m)}-${pad(d)}`;
}

/** A date cell in `format` as `YYYY-MM-DD`; null when it is not one (ISO is always accepted). */
export function parseDate(cell: string, format: DateFormat | null): string | null {
  const c = datePart(cell);
  const iso = ISO.exec(c);
  if (iso) return real(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (!format) return null;
  const re = format.includes('/') ? SLASH : format.includes('.') ? DOT : DASH;
  const m = re.exec(c);
  if (!m) return null;
  const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return format.startsWith('DD') ? real(y, b, a) : real(y, a, b);
}

/** The decimal mark of a file's numbers: `.` (1,200.50) or `,` (1.200,50). */
export type DecimalMark = '.' | ',';

const COMMA_DECIMAL = [/^-?\d{1,3}(?:[.\s\u00a0]\d{3})+,\d+$/, /^-?\d+,(?:\d{1,2}|\d{4,})$/];
const DOT_DECIMAL = [/^-?\d{1,3}(?:[,\s\u00a0]\d{3})+\.\d+$/, /^-?\d+\.(?:\d{1,2}|\d{4,})$/];

/**
 * The mark a file's number cells show: a comma followed by other than three digits
 * (`0,01`, `2.000,0`) says decimal comma; `0.50` or `1,200.0` say decimal point. A file
 * that shows both is `mixed`; one that shows neither (`425`, `1,200`) takes `fallback`.
 */
export function decimalMarkOf(cells: readonly string[], fallback: DecimalMark = '.'): DecimalMark | 'mixed' {
  let comma = false;
  let dot = false;
  for (const raw of cells) {
    const c = raw.trim();
    if (!c) continue;
    if (!comma && COMMA_DECIMAL.some((r) => r.test(c))) comma = true;
    if (!dot && DOT_DECIMAL.some((r) => r.test(c))) dot = true;
    if (comma && dot) return 'mixed';
  }
  return comma ? ',' : dot ? '.' : fallback;
}

/** A number cell with the file's decimal mark; thousands separators (`.`/`,`, spaces) dropped. Null if not a finite number below 1e12. */
export function parseNumber(cell: string, mark: DecimalMark): number | null {
  let c = cell.trim().replace(/[\s\u00a0]/g, '');
  if (!c) return null;
  if (mark === ',') c = c.replace(/\./g, '').replace(',', '.');
  else c = c.replace(/,/g, '');
  if (!/^-?\d+(?:\.\d+)?$/.test(c) && !/^-?\.\d+$/.test(c)) return null;
  const n = Number(c);
  return Number.isFinite(n) && Math.abs(n) < 1e12 ? n : null;
}

/**
 * Hours from a duration cell: `H:MM` or `H:MM:SS` (hours unbounded: solidtime writes
 * `34293552:32:03`) or decimal hours with the file's mark. Null when it is neither.
 */
export function parseDuration(cell: string, mark: DecimalMark): number | null {
  const c = cell.trim();
  const m = /^(-?)(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(c);
  if (m) {
    const h = Number(m[2]) + Number(m[3]) / 60 + Number(m[4] ?? 0) / 3600;
    return m[1] ? -h : h;
  }
  return parseNumber(c, mark);
}

/** Yes/No as the tools write it (Toggl and Clockify `Yes`/`No`, Kimai `1`/empty, solidtime `Yes`/`No`); null when unknown. */
export function parseBillable(cell: string, emptyIsNo = false): boolean | null {
  const c = cell.trim().toLowerCase();
  if (!c) return emptyIsNo ? false : null;
  if (['yes', 'y', 'true', '1', 'sí', 'si', 's', 'ja', 'oui', 'x', 'billable', 'facturable'].includes(c)) return true;
  if (['no', 'n', 'false', '0', 'nein', 'non', 'いいえ', 'non-billable', 'no facturable'].includes(c)) return false;
  return null;
}

/** Days added to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

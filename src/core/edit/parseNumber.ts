import type { Lang } from '../i18n/index.js';

/**
 * A number as a person typed it, or why it is not one. `comma` (English only) and
 * `bareComma` (Spanish only) carry what to type instead: the error says it, nothing is
 * guessed and written.
 */
export type TypedNumber =
  | { ok: true; value: number }
  | { ok: false; reason: 'notNumber' }
  /** English: a comma. `suggestion` is the English reading, `alternative` the decimal-comma one when both are possible (`1,200`). */
  | { ok: false; reason: 'comma'; suggestion?: string; alternative?: string }
  /** Spanish: a decimal comma with no digits on one side (`,5`, `12,`). */
  | { ok: false; reason: 'bareComma'; suggestion: string };

/** How the files write numbers (and English users type them): `12.5`, `-3`, `.5`, `12.`; no exponent. */
const FILE_NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const FILE_INTEGER = /^[-+]?\d+$/;

/**
 * Spanish: optional sign; whole part as plain digits or in groups of three after a first
 * group of 1–3 digits with no leading zero, the separator one of . space NBSP or narrow
 * NBSP, the same all along; then an optional decimal comma with digits after it.
 */
const ES_NUMBER = /^([-+]?)(\d+|[1-9]\d{0,2}([. \u00a0\u202f])\d{3}(?:\3\d{3})*)(?:,(\d+))?$/;
const ES_BARE_COMMA = /^([-+]?)(\d*),(\d*)$/;

/** English: grouped with commas (`1,200`, `1,234,567.89`), and one comma between digits (`1,5`). */
const EN_GROUPED = /^[-+]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/;
const EN_DECIMAL_COMMA = /^[-+]?\d+,\d+$/;

/**
 * Reads what a person typed as a number, by the run's language, and returns the number
 * the file gets (always written with a point: never a localized number in YAML).
 *
 * - English (and every file): a decimal point and no thousands separators, as today:
 *   `12.5`, `-3`, `1250.50`. Any comma is refused with what to type instead (`1,5` →
 *   `1.5`; `1,200.50` → `1200.50`; `1,200` → `1200`, or `1.2` if the comma marks decimals).
 * - Spanish: a decimal comma (`12,5`, `-3,25`, `0,5`), thousands grouped by `.`, a space
 *   or a no-break space in groups of exactly three (`1.200,50`, `1 200,50`,
 *   `1.234.567,89`). With no comma, a point before exactly three digits in a valid
 *   grouping is a thousands separator: `1.200` is 1200, `12.500` is 12500. Any other point
 *   is the decimal point of the file format (`12.5`, `0.500`, `1250.50`), so a value
 *   copied from a file keeps its meaning. `,5` and `12,` are refused (a decimal comma
 *   needs digits on both sides), as are mixed separators (`1.234 567`), `1.2.3` and `1e3`.
 *
 * `integer` takes whole numbers only (no decimal part at all, as in the files).
 */
export function parseNumber(raw: string, lang: Lang, integer = false): TypedNumber {
  const text = raw.trim();
  const finite = (n: number): TypedNumber => (Number.isFinite(n) ? { ok: true, value: n } : { ok: false, reason: 'notNumber' });
  if ((integer ? FILE_INTEGER : FILE_NUMBER).test(text) && !(lang === 'es' && ES_NUMBER.test(text))) return finite(Number(text));
  if (lang === 'es') {
    const m = ES_NUMBER.exec(text);
    if (m && !(integer && m[4] !== undefined)) {
      const [, sign, whole, sep, decimals] = m;
      const digits = sep ? whole!.split(sep).join('') : whole!;
      return finite(Number(`${sign}${digits}${decimals === undefined ? '' : `.${decimals}`}`));
    }
    const bare = ES_BARE_COMMA.exec(text);
    if (bare && !integer && (bare[2] || bare[3])) {
      const [, sign, whole, decimals] = bare;
      return { ok: false, reason: 'bareComma', suggestion: decimals ? `${sign}0,${decimals}` : `${sign}${whole}` };
    }
    return { ok: false, reason: 'notNumber' };
  }
  if (!text.includes(',')) return { ok: false, reason: 'notNumber' };
  const grouped = EN_GROUPED.test(text) ? text.replace(/,/g, '') : undefined;
  const decimal = EN_DECIMAL_COMMA.test(text) ? text.replace(',', '.') : undefined;
  const usable = (s: string | undefined) => (s !== undefined && (!integer || FILE_INTEGER.test(s)) ? s : undefined);
  const suggestion = usable(grouped) ?? usable(decimal);
  // `1,200` read with a decimal comma, as it would be written: 1.2.
  const alternative = suggestion === grouped && usable(decimal) ? String(Number(decimal)) : undefined;
  return { ok: false, reason: 'comma', ...(suggestion && { suggestion }), ...(alternative && { alternative }) };
}

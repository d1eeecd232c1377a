/**
 * Number formatting for the two shipped locales without Intl. The first Intl.NumberFormat
 * of a process loads ICU's locale data, ~20 ms: a tenth of `clientfit score`'s start-up
 * budget. This gives the same strings as Intl.NumberFormat (CLDR data of Node 20) for
 * en-GB and es-ES, plain numbers, percentages and the three common currencies, and answers
 * undefined for anything else, which numbers.ts then hands to Intl.
 * tests/unit/fastNumber.test.ts compares both on generated numbers.
 */

interface LocaleData {
  group: string;
  decimal: string;
  /** es-ES groups only from five integer digits (CLDR minimumGroupingDigits 2). */
  minGroupDigits: number;
  percent: (n: string) => string;
  currency: Record<string, (n: string) => string>;
}

const NBSP = '\u00a0';
const LOCALES: Record<string, LocaleData> = {
  'en-GB': {
    group: ',',
    decimal: '.',
    minGroupDigits: 4,
    percent: (n) => `${n}%`,
    currency: { EUR: (n) => `€${n}`, GBP: (n) => `£${n}`, USD: (n) => `US$${n}` },
  },
  'es-ES': {
    group: '.',
    decimal: ',',
    minGroupDigits: 5,
    percent: (n) => `${n}${NBSP}%`,
    currency: { EUR: (n) => `${n}${NBSP}€`, GBP: (n) => `${n}${NBSP}GBP`, USD: (n) => `${n}${NBSP}US$` },
  },
};

/**
 * Digits of |n| × 10^shift rounded half away from zero to `max` decimals, from the
 * shortest decimal form of the double (as ICU does: 1.005 rounds to 1.01), or undefined
 * for numbers String() writes with an exponent.
 */
function roundDecimal(n: number, shift: number, max: number, min: number): { int: string; frac: string } | undefined {
  const s = String(Math.abs(n));
  if (!/^\d+(?:\.\d+)?$/.test(s)) return undefined;
  const dot = s.indexOf('.');
  let digits = dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1);
  let point = (dot < 0 ? s.length : dot) + shift;
  while (digits.length < point) digits += '0';
  const keep = point + max;
  if (digits.length > keep) {
    const up = digits.charCodeAt(keep) >= 53; // '5'
    digits = digits.slice(0, keep);
    if (up) {
      // Add one at the last kept digit, carrying left.
      const arr = digits.split('');
      let i = arr.length - 1;
      for (; i >= 0; i--) {
        if (arr[i] === '9') arr[i] = '0';
        else {
          arr[i] = String(Number(arr[i]) + 1);
          break;
        }
      }
      digits = (i < 0 ? '1' : '') + arr.join('');
      if (i < 0) point++;
    }
  }
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  let frac = digits.slice(point);
  frac = frac.replace(/0+$/, '');
  while (frac.length < min) frac += '0';
  return { int, frac };
}

function group(int: string, loc: LocaleData): string {
  if (int.length < loc.minGroupDigits) return int;
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, loc.group);
}

/**
 * `n` formatted as Intl.NumberFormat(locale, opts) would, or undefined when this module
 * does not know the locale, the currency or the number's form.
 */
export function fastFormat(
  locale: string,
  n: number,
  opts: { style?: 'decimal' | 'percent' | 'currency'; currency?: string; maximumFractionDigits: number },
): string | undefined {
  const loc = LOCALES[locale];
  if (!loc || !Number.isFinite(n)) return undefined;
  const style = opts.style ?? 'decimal';
  const wrap = style === 'currency' ? loc.currency[opts.currency ?? ''] : style === 'percent' ? loc.percent : (x: string) => x;
  if (!wrap) return undefined;
  const max = style === 'currency' ? Math.min(opts.maximumFractionDigits, 2) : opts.maximumFractionDigits;
  const min = style === 'currency' ? max : 0;
  const r = roundDecimal(n, style === 'percent' ? 2 : 0, max, min);
  if (!r) return undefined;
  const body = group(r.int, loc) + (r.frac ? loc.decimal + r.frac : '');
  const negative = n < 0 || Object.is(n, -0);
  return `${negative ? '-' : ''}${wrap(body)}`;
}

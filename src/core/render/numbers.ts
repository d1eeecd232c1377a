import type { Catalog } from '../i18n/index.js';
import type { MetricUnit } from '../metrics/index.js';
import { fastFormat } from './fastNumber.js';

/**
 * Creating an Intl.NumberFormat costs milliseconds (the first one ~20 ms: ICU's data);
 * reuse one per locale and options, and take fastNumber.ts's answer when it has one.
 */
const formats = new Map<string, Intl.NumberFormat>();
function fmt(locale: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${opts.style ?? ''}|${opts.currency ?? ''}|${opts.maximumFractionDigits ?? ''}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(locale, opts)));
  return f;
}

export function num(n: number, t: Catalog, digits = 2): string {
  return fastFormat(t.locale, n, { maximumFractionDigits: digits }) ?? fmt(t.locale, { maximumFractionDigits: digits }).format(n);
}

export function money(n: number, currency: string | null | undefined, t: Catalog): string {
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    const fast = fastFormat(t.locale, n, { style: 'currency', currency, maximumFractionDigits: 2 });
    if (fast !== undefined) return fast;
    try {
      return fmt(t.locale, { style: 'currency', currency, maximumFractionDigits: 2 }).format(n);
    } catch {
      /* unknown ISO code: fall through */
    }
  }
  return currency ? `${num(n, t)} ${currency}` : num(n, t);
}

export function percent(r: number, t: Catalog): string {
  return fastFormat(t.locale, r, { style: 'percent', maximumFractionDigits: 0 }) ?? fmt(t.locale, { style: 'percent', maximumFractionDigits: 0 }).format(r);
}

/** A metric value as a person reads it: 67 %, 12 d, 3, 2.5/5, yes/no. */
export function metricValue(v: number | null, unit: MetricUnit, t: Catalog, currency?: string | null): string {
  if (v === null) return t.units.none;
  switch (unit) {
    case 'ratio':
      return percent(v, t);
    case 'days':
      return t.units.days(num(v, t, 1));
    case 'money':
      return money(v, currency, t);
    case 'mood':
      return `${num(v, t, 1)}/5`;
    case 'bool':
      return v ? t.units.yes : t.units.no;
    default:
      // A count weighted by age (half_life) is fractional: one decimal is enough.
      return num(v, t, 1);
  }
}

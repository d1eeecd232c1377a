import { subDays } from 'date-fns/subDays';
import { subWeeks } from 'date-fns/subWeeks';
import { subMonths } from 'date-fns/subMonths';
import { subYears } from 'date-fns/subYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';

/** A calendar date as the user writes it: `YYYY-MM-DD`. Compared as strings. */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for `YYYY-MM-DD` strings naming a real calendar day (2024-02-30 is not). */
export function isRealDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  // Not Date.UTC: it reads years 0–99 as 1900–1999 (and 1900 is no leap year, 0000 is).
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (mo === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31);
}

/** Local-midnight Date for an ISO day; date-fns works on local dates. */
export function toDate(s: IsoDate): Date {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  // setFullYear, because the Date constructor reads years 0–99 as 1900–1999.
  const date = new Date(2000, 0, 1);
  date.setFullYear(y, m - 1, d);
  return date;
}

export function fromDate(d: Date): IsoDate {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear()).padStart(4, '0')}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return differenceInCalendarDays(toDate(b), toDate(a));
}

export function addDaysIso(s: IsoDate, n: number): IsoDate {
  return fromDate(subDays(toDate(s), -n));
}

/** A look-back window such as `90d`, `6w`, `12m`, `2y`. */
export interface Window {
  n: number;
  unit: 'd' | 'w' | 'm' | 'y';
  text: string;
}

const WINDOW = /^([1-9]\d{0,3})([dwmy])$/;

/** A window's length in days, for decay constants: a month counts 30 days, a year 365. */
export function windowDays(w: Window): number {
  return w.n * { d: 1, w: 7, m: 30, y: 365 }[w.unit];
}

export function parseWindow(text: string): Window | null {
  const m = WINDOW.exec(text.trim());
  if (!m) return null;
  return { n: Number(m[1]), unit: m[2] as Window['unit'], text: text.trim() };
}

/**
 * First day NOT in the window ending at `asOf`: an event counts when
 * `start < date <= asOf`, so `7d` covers as-of and the six days before it.
 */
export function windowStart(asOf: IsoDate, w: Window): IsoDate {
  const d = toDate(asOf);
  const sub = { d: subDays, w: subWeeks, m: subMonths, y: subYears }[w.unit];
  return fromDate(sub(d, w.n));
}

export interface Range {
  /** exclusive */
  start: IsoDate;
  /** inclusive */
  end: IsoDate;
}

export function inRange(date: IsoDate, r: Range): boolean {
  return date > r.start && date <= r.end;
}

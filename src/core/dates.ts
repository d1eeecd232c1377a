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

/*
 * Dates are calendar dates, never instants: every computation below works on UTC midnights
 * (Date.UTC arithmetic), so no time zone can shift a day — not a daylight-saving change at
 * midnight (America/St_Johns, America/Santiago), not a day a zone skipped (Pacific/Apia
 * went from 2011-12-29 to 2011-12-31). The local zone is read once, for today's date
 * (localDate), and nowhere else.
 */
const DAY_MS = 86_400_000;

/** UTC midnight of an ISO day. */
export function toDate(s: IsoDate): Date {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  // setUTCFullYear, because Date.UTC reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): IsoDate => `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;

/** The ISO day of a UTC midnight (as toDate gives). */
export function fromDate(d: Date): IsoDate {
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The calendar date of the instant `now` where the user is (their time zone): what "today" means. */
export function localDate(now: Date): IsoDate {
  return iso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * Days from 1970-01-01 to an ISO day, remembered: lateness and half-life weights ask for the
 * same few thousand days again and again (`history` scores each invoice dozens of times), and
 * building a Date each time was most of its cost. Cleared past 100,000 days, so it stays small.
 */
const DAY_NUMBERS = new Map<IsoDate, number>();
function dayNumber(s: IsoDate): number {
  let n = DAY_NUMBERS.get(s);
  if (n === undefined) {
    n = Math.round(toDate(s).getTime() / DAY_MS);
    if (DAY_NUMBERS.size >= 100_000) DAY_NUMBERS.clear();
    DAY_NUMBERS.set(s, n);
  }
  return n;
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

export function addDaysIso(s: IsoDate, n: number): IsoDate {
  return fromDate(new Date(toDate(s).getTime() + n * DAY_MS));
}

/** 0 Sunday … 6 Saturday. */
export function weekdayOf(s: IsoDate): number {
  return toDate(s).getUTCDay();
}

const daysInMonth = (y: number, m: number) => (m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

/** `n` months later (earlier when negative); a day the month lacks becomes its last (Mar 31 − 1m = Feb 28). */
export function addMonthsIso(s: IsoDate, n: number): IsoDate {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return iso(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** `n` days, weeks, months or years later (earlier when negative). */
export function shiftIso(s: IsoDate, n: number, unit: Window['unit']): IsoDate {
  return unit === 'd' ? addDaysIso(s, n) : unit === 'w' ? addDaysIso(s, 7 * n) : unit === 'm' ? addMonthsIso(s, n) : addMonthsIso(s, 12 * n);
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
  return shiftIso(asOf, -w.n, w.unit);
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

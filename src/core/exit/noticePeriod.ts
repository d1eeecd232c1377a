import { addDaysIso, weekdayOf, type IsoDate } from '../dates.js';

/** Saturday or Sunday. */
export const isWeekend = (day: IsoDate) => weekdayOf(day) === 0 || weekdayOf(day) === 6;

/** `days` Monday–Friday days after `from` (a weekday): whole weeks at once, then day by day. */
function addBusinessDays(from: IsoDate, days: number): IsoDate {
  let day = addDaysIso(from, Math.floor(days / 5) * 7);
  for (let rest = days % 5; rest > 0; ) {
    day = addDaysIso(day, 1);
    if (!isWeekend(day)) rest--;
  }
  return day;
}

export type NoticeBasis = 'calendar' | 'business';

/**
 * Beyond this many days the last day would run past year 9999, which an ISO date cannot
 * hold; a notice that long is a typo, and the command says so instead of printing NaN.
 */
export const MAX_NOTICE_DAYS = 36_500;

/**
 * The last contractual day when notice is given on `noticeDate`: the notice date plus
 * `days`, counted as calendar days or, for the business basis, Monday–Friday days
 * (DESIGN.md: 10 business days from Fri 2027-01-08 is 2027-01-22; 30 calendar days is
 * 2027-02-07). Zero days means the contract ends on the notice date itself.
 *
 * Notice given on a Saturday or Sunday with the business basis counts from the next
 * Monday, as notices served on a non-working day are usually deemed received on the next
 * working day: 10 business days from Sat 2027-01-09 is Mon 2027-01-25, the same as from
 * Mon 2027-01-11. (date-fns alone would give Fri 2027-01-22, as if it were given on the
 * Friday before, which shortens the notice the other side is owed.) The calendar basis
 * counts every day, weekend or not, and is never shifted: that is what "calendar" means.
 * Public holidays are not known here; the clause quoted in the draft is the authority.
 *
 * Returns null when the period is too long to be a real date (see MAX_NOTICE_DAYS).
 */
export function lastContractualDay(noticeDate: IsoDate, days: number, basis: NoticeBasis): IsoDate | null {
  if (!Number.isInteger(days) || days < 0 || days > MAX_NOTICE_DAYS) return null;
  if (days === 0) return noticeDate;
  const last = basis === 'calendar' ? addDaysIso(noticeDate, days) : addBusinessDays(countsFrom(noticeDate, basis), days);
  // Past 9999-12-31 an ISO date cannot be written: say so rather than print a 5-digit year.
  return /^\d{4}-/.test(last) ? last : null;
}

/**
 * The day the notice period counts from: the notice date itself, except a Saturday or
 * Sunday notice on the business basis, which counts from the following Monday (see
 * lastContractualDay). The draft shows it when it differs, so the shift is never silent.
 */
export function countsFrom(noticeDate: IsoDate, basis: NoticeBasis): IsoDate {
  if (basis === 'calendar') return noticeDate;
  let day = noticeDate;
  while (isWeekend(day)) day = addDaysIso(day, 1);
  return day;
}

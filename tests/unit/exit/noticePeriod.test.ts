/**
 * Notice-date arithmetic (DESIGN.md, `clientfit exit --notice-date`). Weekdays are worked
 * out by hand: 2027-01-01 is a Friday, so 2027-01-08 is a Friday, 2027-01-09 a Saturday,
 * 2027-01-11 a Monday; 2026-12-31 is a Thursday; 2028-01-01 is a Saturday, so 2028-02-29
 * (day 60 of 2028) is a Tuesday.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countsFrom, lastContractualDay, MAX_NOTICE_DAYS } from '../../../src/core/exit/noticePeriod.js';
import { daysBetween, fromDate, toDate } from '../../../src/core/dates.js';

const weekday = (iso: string) => toDate(iso).getUTCDay(); // 0 Sunday … 6 Saturday (toDate gives UTC midnight)

describe('the examples in DESIGN.md', () => {
  it('10 business days from Fri 2027-01-08 is Fri 2027-01-22', () => {
    // Mon 11 (1) … Fri 15 (5), Mon 18 (6) … Fri 22 (10)
    expect(lastContractualDay('2027-01-08', 10, 'business')).toBe('2027-01-22');
  });
  it('30 calendar days from 2027-01-08 is 2027-02-07', () => {
    // 23 days to the end of January, 7 more into February
    expect(lastContractualDay('2027-01-08', 30, 'calendar')).toBe('2027-02-07');
  });
});

describe('calendar basis', () => {
  it('counts every day, weekends included, and never shifts a weekend result', () => {
    // Sat 2027-01-09 + 30 = Mon 2027-02-08; Fri 2027-01-08 + 1 = Sat 2027-01-09 (kept)
    expect(lastContractualDay('2027-01-09', 30, 'calendar')).toBe('2027-02-08');
    expect(lastContractualDay('2027-01-08', 1, 'calendar')).toBe('2027-01-09');
  });
  it('crosses month ends of 28, 30 and 31 days', () => {
    // Jan 31 + 30: Feb has 28 days in 2027, so Feb 28 is +28, Mar 2 is +30
    expect(lastContractualDay('2027-01-31', 30, 'calendar')).toBe('2027-03-02');
    expect(lastContractualDay('2027-04-30', 1, 'calendar')).toBe('2027-05-01');
    expect(lastContractualDay('2027-08-31', 30, 'calendar')).toBe('2027-09-30');
  });
  it('crosses the year end', () => {
    expect(lastContractualDay('2026-12-31', 1, 'calendar')).toBe('2027-01-01');
    expect(lastContractualDay('2026-12-15', 30, 'calendar')).toBe('2027-01-14');
  });
  it('knows the leap day', () => {
    expect(lastContractualDay('2028-02-28', 1, 'calendar')).toBe('2028-02-29');
    expect(lastContractualDay('2028-02-29', 1, 'calendar')).toBe('2028-03-01');
    expect(lastContractualDay('2027-02-28', 1, 'calendar')).toBe('2027-03-01');
    // Jan 31 + 30 in a leap year: Feb 29 is +29, Mar 1 is +30
    expect(lastContractualDay('2028-01-31', 30, 'calendar')).toBe('2028-03-01');
    // 365 days after 2028-02-29 is 2029-02-28 (March 2028 to February 2029 has 365 days)
    expect(lastContractualDay('2028-02-29', 365, 'calendar')).toBe('2029-02-28');
  });
});

describe('business basis (Monday to Friday)', () => {
  it('skips the weekend inside the period', () => {
    // Thu 2027-01-07 + 2: Fri 8 (1), Mon 11 (2)
    expect(lastContractualDay('2027-01-07', 2, 'business')).toBe('2027-01-11');
  });
  it('counts a Saturday or Sunday notice from the next Monday', () => {
    // Sat 9 → Mon 11; then Tue 12 (1) … Fri 15 (4), Mon 18 (5) … Fri 22 (9), Mon 25 (10)
    expect(lastContractualDay('2027-01-09', 10, 'business')).toBe('2027-01-25');
    expect(lastContractualDay('2027-01-10', 10, 'business')).toBe('2027-01-25');
    // …which is what a Monday notice gives
    expect(lastContractualDay('2027-01-11', 10, 'business')).toBe('2027-01-25');
    // Sun 10 → Mon 11; + 1 = Tue 12
    expect(lastContractualDay('2027-01-10', 1, 'business')).toBe('2027-01-12');
  });
  it('says where a weekend notice counts from, and leaves weekdays and calendar notices alone', () => {
    expect(countsFrom('2027-01-09', 'business')).toBe('2027-01-11');
    expect(countsFrom('2027-01-10', 'business')).toBe('2027-01-11');
    expect(countsFrom('2027-01-08', 'business')).toBe('2027-01-08');
    expect(countsFrom('2027-01-09', 'calendar')).toBe('2027-01-09');
  });
  it('crosses month ends', () => {
    // Fri 2027-04-30 + 1 = Mon 2027-05-03 (May 1 and 2 are a weekend)
    expect(lastContractualDay('2027-04-30', 1, 'business')).toBe('2027-05-03');
    // Tue 2028-02-29 + 3: Wed Mar 1 (1), Thu 2 (2), Fri 3 (3)
    expect(lastContractualDay('2028-02-29', 3, 'business')).toBe('2028-03-03');
    // Mon 2028-02-28 + 1 = Tue 2028-02-29, the leap day
    expect(lastContractualDay('2028-02-28', 1, 'business')).toBe('2028-02-29');
  });
  it('crosses the year end (public holidays are not known, only weekends)', () => {
    // Thu 2026-12-31 + 2: Fri 2027-01-01 (1), Mon 2027-01-04 (2)
    expect(lastContractualDay('2026-12-31', 2, 'business')).toBe('2027-01-04');
    // Fri 2027-12-31 + 1 = Mon 2028-01-03
    expect(lastContractualDay('2027-12-31', 1, 'business')).toBe('2028-01-03');
  });
});

describe('zero-day notice', () => {
  it('ends on the notice date itself, whatever the basis or the weekday', () => {
    expect(lastContractualDay('2027-01-08', 0, 'calendar')).toBe('2027-01-08');
    expect(lastContractualDay('2027-01-08', 0, 'business')).toBe('2027-01-08');
    expect(lastContractualDay('2027-01-09', 0, 'business')).toBe('2027-01-09');
    expect(lastContractualDay('2028-02-29', 0, 'calendar')).toBe('2028-02-29');
  });
});

describe('impossible periods', () => {
  it('returns null instead of an invalid date', () => {
    expect(lastContractualDay('2027-01-08', MAX_NOTICE_DAYS + 1, 'calendar')).toBeNull();
    expect(lastContractualDay('2027-01-08', -1, 'calendar')).toBeNull();
    expect(lastContractualDay('2027-01-08', 1.5, 'business')).toBeNull();
    expect(lastContractualDay('2027-01-08', MAX_NOTICE_DAYS, 'business')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('properties', () => {
  const isoDate = fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map(fromDate);
  it('calendar: the last day is exactly `days` after the notice', () => {
    fc.assert(fc.property(isoDate, fc.integer({ min: 0, max: 400 }), (d, n) => daysBetween(d, lastContractualDay(d, n, 'calendar')!) === n));
  });
  it('business: the last day is a weekday with exactly `days` weekdays after the day the notice counts from', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 120 }), (d, n) => {
        const last = lastContractualDay(d, n, 'business')!;
        const from = countsFrom(d, 'business');
        let weekdays = 0;
        for (let day = from; day < last; ) {
          day = fromDate(new Date(Date.UTC(toDate(day).getUTCFullYear(), toDate(day).getUTCMonth(), toDate(day).getUTCDate() + 1)));
          if (weekday(day) !== 0 && weekday(day) !== 6) weekdays++;
        }
        return weekday(last) !== 0 && weekday(last) !== 6 && weekdays === n && last > d;
      }),
    );
  });
});

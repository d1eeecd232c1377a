/**
 * Properties of the notice-period arithmetic (src/core/exit/noticePeriod.ts, issue 6):
 * for any notice date and period, the last contractual day is never before the notice
 * date; a business-basis last day is never a Saturday or Sunday; and each basis counts
 * exactly the days it promises. The expected values come from integer day arithmetic
 * written here (Hinnant's days-from-civil), not from Date or date-fns, so a bug shared
 * with the code under test cannot hide itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countsFrom, lastContractualDay, MAX_NOTICE_DAYS, type NoticeBasis } from '../../src/core/exit/noticePeriod.js';
import { isRealDate } from '../../src/core/dates.js';

// Seeded so a failure can be replayed exactly (same knobs as score.property.test.ts).
const SEED = Number(process.env.FC_SEED ?? 20261124);
const RUNS = Number(process.env.FC_RUNS ?? 150);
const params = { seed: SEED, numRuns: RUNS };

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-compatible date algorithms"). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse: `YYYY-MM-DD` for a day number. */
function civilFromDays(z: number): string {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const p = (n: number, w: number) => String(n).padStart(w, '0');
  return `${p(y, 4)}-${p(m, 2)}-${p(d, 2)}`;
}

/** Day number of an ISO date (years of any length, for results that overflow 9999). */
function dayOf(iso: string): number {
  const m = /^(\d{4,})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
const weekday = (z: number) => (((z + 4) % 7) + 7) % 7;
const isWeekend = (z: number) => weekday(z) === 0 || weekday(z) === 6;

/** Notice dates users give: 1900–2200 (dates in contracts, not history books). */
const usualDate = fc.integer({ min: daysFromCivil(1900, 1, 1), max: daysFromCivil(2200, 12, 31) }).map(civilFromDays);
/** Any date `--notice-date` accepts (isRealDate takes 0000–9999). */
const anyDate = fc.integer({ min: daysFromCivil(0, 1, 1), max: daysFromCivil(9999, 12, 31) }).map(civilFromDays);
/** Mostly realistic periods, sometimes up to the longest one accepted. */
const period = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 400 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: MAX_NOTICE_DAYS }) });
const basis = fc.constantFrom<NoticeBasis>('calendar', 'business');

/** Time zones where local-midnight date arithmetic has bitten before (DST at midnight, half-hour DST). */
const ZONES = ['UTC', 'Europe/Madrid', 'America/Santiago', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Asia/Tehran', 'America/Havana'];

/** Runs `body` with the process time zone set to `tz` (Node re-reads TZ when it is assigned). */
function inZone(tz: string, body: () => void): void {
  const saved = process.env.TZ;
  process.env.TZ = tz;
  try {
    // Proof the zone took effect: otherwise every zone would silently test the same one.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone.replace(/^Etc\//, '')).toBe(tz);
    body();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

describe('notice period properties', () => {
  for (const tz of ZONES) {
    it(`[${tz}] the last day is never before the notice date; a business last day is never a weekend`, () => {
      inZone(tz, () =>
        fc.assert(
          fc.property(usualDate, period, basis, (notice, days, b) => {
            const last = lastContractualDay(notice, days, b);
            expect(last).not.toBeNull();
            expect(isRealDate(last!)).toBe(true);
            expect(dayOf(last!)).toBeGreaterThanOrEqual(dayOf(notice));
            // A zero-day notice ends on the notice date itself, weekend or not
            // (tests/unit/exit/noticePeriod.test.ts, "zero-day notice"): the weekday rule is
            // for periods that count business days.
            if (b === 'business' && days > 0) expect(weekday(dayOf(last!)), `${notice} + ${days} business days = ${last}`).not.toBeOneOf([0, 6]);
          }),
          params,
        ),
      );
    });

    it(`[${tz}] calendar: exactly \`days\` days later; business: exactly \`days\` weekdays after the day it counts from`, () => {
      inZone(tz, () =>
        fc.assert(
          fc.property(usualDate, fc.integer({ min: 0, max: 400 }), (notice, days) => {
            const n = dayOf(notice);
            expect(dayOf(lastContractualDay(notice, days, 'calendar')!)).toBe(n + days);
            // A Saturday or Sunday notice counts from the next Monday.
            const from = n + (weekday(n) === 6 ? 2 : weekday(n) === 0 ? 1 : 0);
            expect(dayOf(countsFrom(notice, 'business'))).toBe(from);
            const last = dayOf(lastContractualDay(notice, days, 'business')!);
            if (days === 0) {
              expect(last).toBe(n);
              return;
            }
            let weekdays = 0;
            for (let z = from + 1; z <= last; z++) if (!isWeekend(z)) weekdays++;
            expect(weekdays).toBe(days);
          }),
          params,
        ),
      );
    });
  }

  it('one more day of notice never ends the contract earlier', () => {
    fc.assert(
      fc.property(usualDate, fc.integer({ min: 0, max: 2000 }), basis, (notice, days, b) => {
        expect(dayOf(lastContractualDay(notice, days + 1, b)!)).toBeGreaterThan(dayOf(lastContractualDay(notice, days, b)!));
      }),
      params,
    );
  });

  it('a period that is negative, fractional, not a number or over the limit gives null, never a bad date', () => {
    const bad = fc.oneof(fc.integer({ max: -1 }), fc.double({ noInteger: true }), fc.constant(Number.NaN), fc.integer({ min: MAX_NOTICE_DAYS + 1 }));
    fc.assert(
      fc.property(usualDate, bad, basis, (notice, days, b) => {
        expect(lastContractualDay(notice, days, b)).toBeNull();
      }),
      params,
    );
  });

  it('any date --notice-date accepts (years 0000–9999): the last day is null or a real date, exactly as far as promised', () => {
    fc.assert(
      fc.property(anyDate, period, basis, (notice, days, b) => {
        const last = lastContractualDay(notice, days, b);
        if (last === null) return;
        expect(isRealDate(last), `${notice} + ${days} ${b} days = ${last}`).toBe(true);
        expect(dayOf(last), `${notice} + ${days} ${b} days = ${last}`).toBeGreaterThanOrEqual(dayOf(notice));
        if (b === 'calendar') expect(dayOf(last), `${notice} + ${days} calendar days = ${last}`).toBe(dayOf(notice) + days);
      }),
      params,
    );
  });

  // The two counterexamples the property above found, kept as plain cases.
  it('a notice in year 0050 stays in year 0050 (not 1950): 0050-01-01 + 10 calendar days = 0050-01-11', () => {
    expect(lastContractualDay('0050-01-01', 10, 'calendar')).toBe('0050-01-11');
  });

  it('a last day past 9999-12-31 is null (no 5-digit year): 9999-12-20 + 30 calendar days', () => {
    expect(lastContractualDay('9999-12-20', 30, 'calendar')).toBeNull();
  });
});

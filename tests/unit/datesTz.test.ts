/**
 * Dates are calendar dates: the same answers in every time zone, including one that
 * skipped a whole day (Pacific/Apia, 2011-12-30) and ones that change clocks at midnight.
 * TZ is changed for the test only (Node applies a change of process.env.TZ at once).
 */
import { describe, expect, it } from 'vitest';
import { addDaysIso, addMonthsIso, daysBetween, localDate, parseWindow, shiftIso, weekdayOf, windowStart } from '../../src/core/dates.js';
import { defaultFrom, steps } from '../../src/core/history.js';
import { longDate, monthYear, plainDate } from '../../src/core/exit/longDate.js';
import { countsFrom, lastContractualDay } from '../../src/core/exit/noticePeriod.js';

const ZONES = ['UTC', 'Pacific/Apia', 'America/St_Johns', 'America/Santiago', 'America/Sao_Paulo', 'Asia/Tehran', 'Pacific/Kiritimati', 'Australia/Lord_Howe'];

function inZone<T>(tz: string, f: () => T): T {
  const saved = process.env.TZ;
  process.env.TZ = tz;
  try {
    return f();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

/** Everything the date code answers for a set of days around tricky dates. */
function answers() {
  const days = ['2011-12-29', '2011-12-30', '2011-12-31', '2024-02-29', '2026-03-08', '2026-04-05', '2026-09-06', '2026-11-01', '2027-01-08'];
  return days.map((d) => ({
    d,
    plus1: addDaysIso(d, 1),
    minus1: addDaysIso(d, -1),
    month: addMonthsIso(d, 1),
    year: shiftIso(d, -1, 'y'),
    weekday: weekdayOf(d),
    between: daysBetween('2011-12-01', d),
    window: windowStart(d, parseWindow('12m')!),
    steps: steps('2011-12-25', '2012-01-05', parseWindow('1d')!).join(','),
    from: defaultFrom(d, { window: '3m' } as never),
    notice: [lastContractualDay(d, 10, 'business'), lastContractualDay(d, 30, 'calendar'), countsFrom(d, 'business')],
    words: [longDate(d, 'en'), longDate(d, 'es'), plainDate(d, 'es'), monthYear(d, 'en')],
  }));
}

describe('calendar dates in any time zone', () => {
  it('every zone gives what UTC gives', () => {
    const utc = inZone('UTC', answers);
    for (const tz of ZONES) expect(inZone(tz, answers), tz).toEqual(utc);
  });

  it('known answers: Apia\'s missing day exists here; DESIGN\'s notice examples hold', () => {
    const a = inZone('Pacific/Apia', answers);
    expect(a[1]).toMatchObject({ d: '2011-12-30', plus1: '2011-12-31', minus1: '2011-12-29', weekday: 5 });
    expect(a[1]!.steps).toBe('2011-12-25,2011-12-26,2011-12-27,2011-12-28,2011-12-29,2011-12-30,2011-12-31,2012-01-01,2012-01-02,2012-01-03,2012-01-04,2012-01-05');
    expect(a[1]!.words).toEqual(['Friday 30 December 2011', 'viernes 30 de diciembre de 2011', '30 de diciembre de 2011', 'December 2011']);
    expect(a[8]!.notice).toEqual(['2027-01-22', '2027-02-07', '2027-01-08']);
    expect(addMonthsIso('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonthsIso('2024-01-31', 1)).toBe('2024-02-29');
    expect(shiftIso('2024-02-29', 1, 'y')).toBe('2025-02-28');
    expect(addMonthsIso('2026-01-15', -25)).toBe('2023-12-15');
  });

  it('today is the local calendar date (the one place the zone counts)', () => {
    const instant = new Date(Date.UTC(2026, 0, 1, 5, 0));
    expect(inZone('UTC', () => localDate(instant))).toBe('2026-01-01');
    expect(inZone('America/St_Johns', () => localDate(instant))).toBe('2026-01-01');
    expect(inZone('America/Santiago', () => localDate(instant))).toBe('2026-01-01');
    expect(inZone('Pacific/Honolulu', () => localDate(instant))).toBe('2025-12-31');
  });
});

/** ISO date helpers and windows: `start < date <= asOf`. */
import { describe, expect, it } from 'vitest';
import { addDaysIso, daysBetween, fromDate, inRange, isRealDate, parseWindow, toDate, windowStart } from '../../src/core/dates.js';

describe('isRealDate', () => {
  it('accepts real calendar days', () => {
    for (const d of ['2024-02-29', '2026-01-31', '2026-12-31', '2000-02-29']) expect(isRealDate(d), d).toBe(true);
  });
  it('rejects impossible days and other shapes', () => {
    for (const d of ['2024-02-30', '2023-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', '26-01-01', '2026/01/01', '2026-01-01T00:00', ' 2026-01-01', ''])
      expect(isRealDate(d), d).toBe(false);
  });
});

describe('daysBetween / addDaysIso', () => {
  it('counts calendar days, signed', () => {
    expect(daysBetween('2026-01-01', '2026-01-31')).toBe(30);
    expect(daysBetween('2026-01-31', '2026-01-01')).toBe(-30);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
  });
  it('is not thrown off by daylight-saving changes', () => {
    // Europe and the US change clocks in late March / early November.
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-11-02')).toBe(9);
    expect(addDaysIso('2026-03-28', 2)).toBe('2026-03-30');
  });
  it('adds and subtracts days across months and years', () => {
    expect(addDaysIso('2026-11-24', -7)).toBe('2026-11-17');
    expect(addDaysIso('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysIso('2024-03-01', -1)).toBe('2024-02-29');
  });
  it('round-trips through toDate / fromDate', () => {
    expect(fromDate(toDate('2026-07-04'))).toBe('2026-07-04');
  });
});

describe('parseWindow', () => {
  it('reads Nd, Nw, Nm, Ny', () => {
    expect(parseWindow('90d')).toEqual({ n: 90, unit: 'd', text: '90d' });
    expect(parseWindow('6w')).toEqual({ n: 6, unit: 'w', text: '6w' });
    expect(parseWindow('12m')).toEqual({ n: 12, unit: 'm', text: '12m' });
    expect(parseWindow(' 2y ')).toEqual({ n: 2, unit: 'y', text: '2y' });
  });
  it('refuses anything else', () => {
    for (const w of ['0d', '12', 'm', '12x', '12M', '-1m', '1.5m', '012m', '10000d', '12 m', '']) expect(parseWindow(w), w).toBeNull();
  });
});

describe('windowStart', () => {
  const w = (s: string) => parseWindow(s)!;
  it('is the first day NOT in the window', () => {
    expect(windowStart('2026-11-24', w('12m'))).toBe('2025-11-24');
    expect(windowStart('2026-11-24', w('7d'))).toBe('2026-11-17');
    expect(windowStart('2026-11-24', w('2w'))).toBe('2026-11-10');
    expect(windowStart('2026-11-24', w('1y'))).toBe('2025-11-24');
  });
  it('clamps month ends and leap days', () => {
    expect(windowStart('2026-03-31', w('1m'))).toBe('2026-02-28');
    expect(windowStart('2024-02-29', w('1y'))).toBe('2023-02-28');
  });
  it('makes a 7d window hold as-of and the six days before it', () => {
    const range = { start: windowStart('2026-11-24', w('7d')), end: '2026-11-24' };
    const days = Array.from({ length: 9 }, (_, i) => addDaysIso('2026-11-16', i)).filter((d) => inRange(d, range));
    expect(days).toEqual(['2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24']);
  });
});

describe('inRange', () => {
  const r = { start: '2026-01-01', end: '2026-01-31' };
  it('excludes the start and includes the end', () => {
    expect(inRange('2026-01-01', r)).toBe(false);
    expect(inRange('2026-01-02', r)).toBe(true);
    expect(inRange('2026-01-31', r)).toBe(true);
    expect(inRange('2026-02-01', r)).toBe(false);
  });
});

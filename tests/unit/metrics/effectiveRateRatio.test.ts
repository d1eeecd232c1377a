/**
 * effective_rate_ratio: (invoiced in the window ÷ hours worked in it) ÷ hourly rate.
 * Invoices and work count by their `date`. As-of 2026-11-24.
 */
import { describe, expect, it } from 'vitest';
import { client, run, valueOf } from '../build.js';

const AS_OF = '2026-11-24';

/** 1200 invoiced over 20 + 10 = 30 hours: 40 per hour. */
const EVENTS = `events:
  - {date: 2026-03-01, type: invoice, ref: F-1, amount: 700, due: 2026-04-01}
  - {date: 2026-04-01, type: invoice, ref: F-2, amount: 500, due: 2026-05-01}
  - {date: 2026-02-10, type: work, hours: 20}
  - {date: 2026-03-10, type: work, hours: 10, billable: false}
`;
const withContract = (contract: string) => client(`name: T\n${contract}\n${EVENTS}`);

describe('effective_rate_ratio', () => {
  it('divides the effective hourly rate by the hourly contract rate', () => {
    // 40 / 50 = 0.8
    const r = run('effective_rate_ratio', withContract('contract: {rate: 50, rate_unit: hour}'), AS_OF);
    expect(r.value).toBeCloseTo(0.8, 10);
    expect(r.evidence).toHaveLength(4);
  });

  it('reads a rate without rate_unit as hourly', () => {
    expect(valueOf('effective_rate_ratio', withContract('contract: {rate: 50}'), AS_OF)).toBeCloseTo(0.8, 10);
  });

  it('turns a day rate into an hourly one (a day is 8 hours)', () => {
    // 400 / 8 = 50 per hour → 40 / 50 = 0.8
    expect(valueOf('effective_rate_ratio', withContract('contract: {rate: 400, rate_unit: day}'), AS_OF)).toBeCloseTo(0.8, 10);
  });

  it('falls back to settings target_rate when the contract has no hourly or daily rate', () => {
    // month rate cannot be turned into hours: target 60 → 40 / 60 = 0.6667
    expect(valueOf('effective_rate_ratio', withContract('contract: {rate: 3000, rate_unit: month}'), AS_OF, { targetRate: 60 })).toBeCloseTo(2 / 3, 10);
    expect(valueOf('effective_rate_ratio', withContract(''), AS_OF, { targetRate: 80 })).toBeCloseTo(0.5, 10);
  });

  it('prefers the contract rate over target_rate', () => {
    expect(valueOf('effective_rate_ratio', withContract('contract: {rate: 50}'), AS_OF, { targetRate: 100 })).toBeCloseTo(0.8, 10);
  });

  it('is null without any rate', () => {
    expect(valueOf('effective_rate_ratio', withContract(''), AS_OF)).toBeNull();
    expect(valueOf('effective_rate_ratio', withContract('contract: {rate: 5000, rate_unit: project}'), AS_OF)).toBeNull();
  });

  it('is null without invoices or without hours', () => {
    const noInvoices = client(`name: T\ncontract: {rate: 50}\nevents:\n  - {date: 2026-02-10, type: work, hours: 20}\n`);
    const noHours = client(`name: T\ncontract: {rate: 50}\nevents:\n  - {date: 2026-03-01, type: invoice, ref: F-3, amount: 700, due: 2026-04-01}\n`);
    const zeroHours = client(
      `name: T\ncontract: {rate: 50}\nevents:\n  - {date: 2026-03-01, type: invoice, ref: F-4, amount: 700, due: 2026-04-01}\n  - {date: 2026-02-10, type: work, hours: 0}\n`,
    );
    expect(valueOf('effective_rate_ratio', noInvoices, AS_OF)).toBeNull();
    expect(valueOf('effective_rate_ratio', noHours, AS_OF)).toBeNull();
    expect(valueOf('effective_rate_ratio', zeroHours, AS_OF)).toBeNull();
  });

  it('counts only invoices and work dated inside the window', () => {
    const c = client(`name: T
contract: {rate: 50}
events:
  - {date: 2025-11-24, type: invoice, ref: F-5, amount: 9999, due: 2025-12-24}
  - {date: 2025-11-24, type: work, hours: 999}
  - {date: 2025-11-25, type: invoice, ref: F-6, amount: 1000, due: 2025-12-25}
  - {date: 2026-11-24, type: work, hours: 10}
  - {date: 2026-11-25, type: invoice, ref: F-7, amount: 9999, due: 2026-12-25}
  - {date: 2026-11-25, type: work, hours: 999}
`);
    // In: 1000 over 10 hours = 100 per hour → 100 / 50 = 2.
    expect(valueOf('effective_rate_ratio', c, AS_OF)).toBe(2);
  });
});

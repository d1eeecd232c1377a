/** hourlyRate and workIn: what effective_rate_ratio, unbillable_hours_ratio and the value at stake use. */
import { describe, expect, it } from 'vitest';
import { hourlyRate, workIn } from '../../../src/core/metrics/hours.js';
import { client } from '../build.js';

const rateOf = (contract: string, targetRate?: number) => hourlyRate({ client: client(`name: T\n${contract}\n`), targetRate });

describe('hourlyRate', () => {
  it('uses an hourly contract rate as is', () => {
    expect(rateOf('contract: {rate: 60, rate_unit: hour}')).toEqual({ rate: 60, source: 'contract' });
    expect(rateOf('contract: {rate: 60}')).toEqual({ rate: 60, source: 'contract' });
  });
  it('divides a day rate by 8', () => {
    expect(rateOf('contract: {rate: 480, rate_unit: day}')).toEqual({ rate: 60, source: 'contract' });
  });
  it('falls back to target_rate for month/project rates or no contract', () => {
    expect(rateOf('contract: {rate: 4000, rate_unit: month}', 55)).toEqual({ rate: 55, source: 'target' });
    expect(rateOf('contract: {rate: 4000, rate_unit: project}', 55)).toEqual({ rate: 55, source: 'target' });
    expect(rateOf('', 55)).toEqual({ rate: 55, source: 'target' });
  });
  it('is null with neither', () => {
    expect(rateOf('contract: {rate: 4000, rate_unit: month}')).toBeNull();
    expect(rateOf('')).toBeNull();
  });
});

describe('workIn', () => {
  it('sums the hours of work events in the range', () => {
    const c = client(`name: T
events:
  - {date: 2026-01-01, type: work, hours: 100}
  - {date: 2026-01-02, type: work, hours: 2.5}
  - {date: 2026-01-03, type: work, hours: 4, billable: false}
  - {date: 2026-01-03, type: complaint}
`);
    const r = workIn({ client: c, range: { start: '2026-01-01', end: '2026-01-03' } });
    expect(r.hours).toBe(6.5);
    expect(r.work).toHaveLength(2);
  });
});

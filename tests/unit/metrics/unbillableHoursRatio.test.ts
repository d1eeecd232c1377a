/** unbillable_hours_ratio: share of the window's work hours marked `billable: false`. */
import { describe, expect, it } from 'vitest';
import { run, valueOf, withEvents } from '../build.js';

const AS_OF = '2026-11-24';

describe('unbillable_hours_ratio', () => {
  it('is unbillable hours over all hours (a missing billable counts as billable)', () => {
    const c = withEvents([
      'date: 2026-01-10, type: work, hours: 30, billable: true',
      'date: 2026-02-10, type: work, hours: 10, billable: false',
      'date: 2026-03-10, type: work, hours: 5',
    ]);
    // 10 / 45
    const r = run('unbillable_hours_ratio', c, AS_OF);
    expect(r.value).toBeCloseTo(10 / 45, 12);
    expect(r.evidence.map((e) => e.event.date)).toEqual(['2026-02-10']);
  });

  it('follows the window edges', () => {
    const c = withEvents([
      'date: 2025-11-24, type: work, hours: 100, billable: false',
      'date: 2025-11-25, type: work, hours: 6, billable: false',
      `date: ${AS_OF}, type: work, hours: 2`,
      'date: 2026-11-25, type: work, hours: 100, billable: false',
    ]);
    // In: 6 unbillable of 8.
    expect(valueOf('unbillable_hours_ratio', c, AS_OF)).toBe(0.75);
  });

  it('is null with no hours', () => {
    expect(valueOf('unbillable_hours_ratio', withEvents([]), AS_OF)).toBeNull();
    expect(valueOf('unbillable_hours_ratio', withEvents(['date: 2026-01-10, type: work, hours: 0, billable: false']), AS_OF)).toBeNull();
  });
});

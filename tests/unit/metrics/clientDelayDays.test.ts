/** client_delay_days: sum of `days` over client_delay events in the window. */
import { describe, expect, it } from 'vitest';
import { run, valueOf, withEvents } from '../build.js';

const AS_OF = '2026-11-24';

describe('client_delay_days', () => {
  it('sums the days of the delays', () => {
    const c = withEvents(['date: 2026-01-10, type: client_delay, days: 12', 'date: 2026-05-10, type: client_delay, days: 5.5', 'date: 2026-06-10, type: work, hours: 8']);
    const r = run('client_delay_days', c, AS_OF);
    expect(r.value).toBe(17.5);
    expect(r.evidence).toHaveLength(2);
  });

  it('follows the window edges', () => {
    const c = withEvents([
      'date: 2025-11-24, type: client_delay, days: 100',
      'date: 2025-11-25, type: client_delay, days: 3',
      `date: ${AS_OF}, type: client_delay, days: 4`,
      'date: 2026-11-25, type: client_delay, days: 1000',
    ]);
    expect(valueOf('client_delay_days', c, AS_OF)).toBe(7);
  });

  it('is 0 with no delays', () => {
    expect(valueOf('client_delay_days', withEvents([]), AS_OF)).toBe(0);
  });
});

/** response_days_median: median days from message to answer, over messages answered by as-of. */
import { describe, expect, it } from 'vitest';
import { run, valueOf, withEvents } from '../build.js';

const AS_OF = '2026-11-24';
const m = (date: string, answered?: string) => `date: ${date}, type: message${answered ? `, answered: ${answered}` : ''}`;

describe('response_days_median', () => {
  it('is the middle value for an odd count', () => {
    // 1, 3 and 8 days → 3. The unanswered one is ignored.
    const c = withEvents([m('2026-03-01', '2026-03-02'), m('2026-04-01', '2026-04-04'), m('2026-05-01', '2026-05-09'), m('2026-06-01')]);
    const r = run('response_days_median', c, AS_OF);
    expect(r.value).toBe(3);
    // Evidence: the answers at or above the median (3 and 8 days).
    expect(r.evidence.map((e) => e.fact)).toEqual([
      { kind: 'answered', days: 3 },
      { kind: 'answered', days: 8 },
    ]);
  });

  it('is the mean of the two middle values for an even count', () => {
    // 1, 3, 8, 10 → (3 + 8) / 2 = 5.5.
    const c = withEvents([m('2026-03-01', '2026-03-02'), m('2026-04-01', '2026-04-04'), m('2026-05-01', '2026-05-09'), m('2026-06-01', '2026-06-11')]);
    expect(valueOf('response_days_median', c, AS_OF)).toBe(5.5);
  });

  it('ignores answers dated after as-of', () => {
    const c = withEvents([m('2026-11-01', '2026-11-03'), m('2026-11-10', '2026-12-20')]);
    expect(valueOf('response_days_median', c, AS_OF)).toBe(2);
  });

  it('follows the window edges on the message date', () => {
    const c = withEvents([m('2025-11-24', '2025-12-24'), m('2025-11-25', '2025-11-27'), m(AS_OF, AS_OF), m('2026-11-25', '2026-11-26')]);
    // In: 2 days and 0 days → median 1.
    expect(valueOf('response_days_median', c, AS_OF)).toBe(1);
  });

  it('is null with no answered messages', () => {
    expect(valueOf('response_days_median', withEvents([m('2026-06-01')]), AS_OF)).toBeNull();
    expect(valueOf('response_days_median', withEvents([]), AS_OF)).toBeNull();
  });
});

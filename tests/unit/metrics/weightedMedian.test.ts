/**
 * response_days_median with a half-life is a weighted median (each message weighs
 * 0.5^(age ÷ half_life), age from the message's date). With equal weights it must be the
 * plain median: the middle value, or the mean of the two middle values for an even count.
 */
import { describe, expect, it } from 'vitest';
import { addDaysIso } from '../../../src/core/dates.js';
import { run, withEvents } from '../build.js';

const AS_OF = '2026-11-24';
const ago = (days: number) => addDaysIso(AS_OF, -days);
/** A message sent `sent` days before as-of and answered `days` later. */
const m = (sent: number, days: number) => `date: ${ago(sent)}, type: message, answered: ${ago(sent - days)}`;

function plainMedian(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

describe('weighted response_days_median', () => {
  it('equals the plain median when every message weighs the same (odd and even counts)', () => {
    // All sent 45 days before as-of: each weighs 0.5^(45/90) ≈ 0.707, not a power of two,
    // so the "exactly half" comparison has to tolerate rounding.
    const all = [9, 1, 4, 4, 12, 2, 7, 30, 3, 5];
    for (let k = 1; k <= all.length; k++) {
      const days = all.slice(0, k);
      const c = withEvents(days.map((d) => m(45, d)));
      const weighted = run('response_days_median', c, AS_OF, { halfLife: '90d' });
      expect(weighted.value, `${days}`).toBe(plainMedian(days));
      expect(weighted.value, `${days}`).toBe(run('response_days_median', c, AS_OF).value);
      expect(weighted.n).toBe(k);
    }
  });

  it('is the mean of the two middle values for an even count with equal weights', () => {
    // 1, 3, 8, 10 → (3 + 8) / 2 = 5.5, as the plain median.
    const c = withEvents([m(45, 1), m(45, 3), m(45, 8), m(45, 10)]);
    expect(run('response_days_median', c, AS_OF, { halfLife: '30d' }).value).toBe(5.5);
  });

  it('lets recent answers count more when the weights differ', () => {
    // 1 day, sent 5 days ago (weight ≈ 0.89); 10 and 20 days, sent 70 and 80 days ago
    // (≈ 0.20 and 0.16). The recent answer holds more than half the weight → 1.
    // The plain median would be 10.
    const c = withEvents([m(5, 1), m(70, 10), m(80, 20)]);
    expect(run('response_days_median', c, AS_OF, { halfLife: '30d' }).value).toBe(1);
    expect(run('response_days_median', c, AS_OF).value).toBe(10);
  });
});

/** Largest-remainder apportioning: whole numbers that add up exactly, each its quota rounded down or up. */
import { describe, expect, it } from 'vitest';
import { apportion } from '../../src/core/apportion.js';

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe('apportion', () => {
  it('gives the missing units to the largest remainders, where rounding each would not add up', () => {
    // 1.4 + 1.4 + 1.2 = 4, but rounding each gives 1 + 1 + 1 = 3. Floors 1, 1, 1 leave one unit;
    // the remainders are .4, .4, .2: the first .4 (earlier on a tie) gets it.
    expect(apportion([1.4, 1.4, 1.2], 4)).toEqual([2, 1, 1]);
  });

  it('works on negative quotas: −8.6, −4.3, −1.1 make −14 as −9, −4, −1', () => {
    // Floors −9, −5, −2 (−16): two units missing, to the remainders .9 (−1.1) and .7 (−4.3).
    expect(apportion([-8.6, -4.3, -1.1], -14)).toEqual([-9, -4, -1]);
  });

  it('breaks ties in favour of the earlier entry', () => {
    expect(apportion([2.5, 2.5, 2.5, 2.5], 10)).toEqual([3, 3, 2, 2]);
    expect(apportion([-2.5, -2.5, -2.5, -2.5], -10)).toEqual([-2, -2, -3, -3]);
  });

  it('reaches a total that rounding moved away from the exact sum (a fit of 66.49 → 66.5 is 66 → 67)', () => {
    // Two parts of +0.5 and −0.49 (sum +0.01) must show as a change of +1.
    const out = apportion([0.5, -0.49], 1);
    expect(sum(out)).toBe(1);
    expect(out).toEqual([1, 0]);
  });

  it('keeps whole quotas as they are, including one made of float noise (0.1 + 0.2)', () => {
    expect(apportion([3, -2, 0.1 + 0.2 + 0.7], 2)).toEqual([3, -2, 1]);
    expect(apportion([], 0)).toEqual([]);
  });

  it('always adds up, and never moves an entry a whole unit from its quota', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 40 - 20;
    for (let k = 0; k < 500; k++) {
      const q = Array.from({ length: 1 + (k % 7) }, () => Math.round(rnd() * 100) / 100);
      const total = Math.round(sum(q)) + 0;
      const out = apportion(q, total);
      expect(sum(out)).toBe(total);
      out.forEach((x, i) => expect(Math.abs(x - q[i]!)).toBeLessThan(1));
    }
  });
});

/** pushAll and maxOf take lists of any length: `push(...list)` and `Math.max(...list)` overflow the stack past ~100,000 items. */
import { describe, expect, it } from 'vitest';
import { maxOf, pushAll } from '../../src/core/arrays.js';

describe('pushAll / maxOf', () => {
  it('take 500,000 items', () => {
    const big = Array.from({ length: 500_000 }, (_, i) => i);
    expect(() => ([] as number[]).push(...big)).toThrow(RangeError);
    const into = [-1];
    expect(pushAll(into, big)).toBe(into);
    expect(into).toHaveLength(500_001);
    expect(into[500_000]).toBe(499_999);
    expect(maxOf(big)).toBe(499_999);
  });
  it('maxOf: the floor when larger or when there is nothing', () => {
    expect(maxOf([3, 7, 5])).toBe(7);
    expect(maxOf([3, 7], 10)).toBe(10);
    expect(maxOf([], 10)).toBe(10);
    expect(maxOf([])).toBe(-Infinity);
  });
});

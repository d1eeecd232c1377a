/**
 * The statistics behind `clientfit calibrate`, against published values: the Jeffreys
 * intervals R prints with qbeta(c(.025, .975), x + .5, n - x + .5), as quoted in the answer
 * to https://stats.stackexchange.com/questions/549558 (198 of 900, 440 and 484 of 2200).
 */
import { describe, expect, it } from 'vitest';
import { disjoint, jeffreys, likelihoodRatio, MAX_MORE, MIN_BAD_RAISED, moreClientsNeeded } from '../../../src/core/calibrate/stats.js';

describe('jeffreys', () => {
  it.each([
    [198, 900, 0.1938626, 0.2479349],
    [440, 2200, 0.1836862, 0.2171026],
    [484, 2200, 0.2030653, 0.2376708],
  ])('%i of %i matches R (qbeta)', (k, n, lo, hi) => {
    const [a, b] = jeffreys(k, n);
    expect(a).toBeCloseTo(lo, 6);
    expect(b).toBeCloseTo(hi, 6);
  });

  it('has its lower end at 0 when nothing was raised, and its upper end at 1 when everything was (Brown, Cai & DasGupta)', () => {
    const [lo0, hi0] = jeffreys(0, 10);
    expect(lo0).toBe(0);
    expect(hi0).toBeGreaterThan(0);
    expect(hi0).toBeLessThan(0.3);
    const [loN, hiN] = jeffreys(10, 10);
    expect(hiN).toBe(1);
    expect(loN).toBeGreaterThan(0.7);
    // Symmetric: k of n and n − k of n mirror each other.
    expect(loN).toBeCloseTo(1 - hi0, 12);
  });

  it('says nothing about an empty group', () => expect(jeffreys(0, 0)).toEqual([0, 1]));

  it('narrows as the sample grows, around the same rate', () => {
    const widths = [10, 100, 1000].map((n) => {
      const [a, b] = jeffreys(n * 0.3, n);
      expect(a).toBeLessThan(0.3);
      expect(b).toBeGreaterThan(0.3);
      return b - a;
    });
    expect(widths[0]).toBeGreaterThan(widths[1]!);
    expect(widths[1]).toBeGreaterThan(widths[2]!);
  });

  it('returns a fresh pair each time (the memo cannot be changed through it)', () => {
    const a = jeffreys(3, 7);
    a[0] = 99;
    expect(jeffreys(3, 7)[0]).not.toBe(99);
  });
});

describe('likelihoodRatio', () => {
  it('adds ½ to every cell: (k_b + ½)/(n_b + 1) ÷ (k_g + ½)/(n_g + 1)', () => {
    // 8 of 8 bad, 0 of 10 good: (8.5/9) / (0.5/11) = 20.777…
    expect(likelihoodRatio(8, 8, 0, 10)).toBeCloseTo(8.5 / 9 / (0.5 / 11), 12);
  });
  it('is finite and positive for any counts, zeros included', () => {
    for (const [kb, nb, kg, ng] of [[0, 0, 0, 0], [5, 5, 0, 5], [0, 5, 5, 5], [0, 1, 0, 1000]] as const) {
      const lr = likelihoodRatio(kb, nb, kg, ng);
      expect(Number.isFinite(lr)).toBe(true);
      expect(lr).toBeGreaterThan(0);
    }
  });
  it('is 1 when both groups raise at the same rate', () => expect(likelihoodRatio(3, 9, 3, 9)).toBe(1));
});

describe('disjoint', () => {
  it('is true only when the intervals do not touch', () => {
    expect(disjoint([0.6, 1], [0, 0.4])).toBe(true);
    expect(disjoint([0, 0.4], [0.6, 1])).toBe(true);
    expect(disjoint([0.3, 0.7], [0.6, 1])).toBe(false);
    expect(disjoint([0.4, 0.7], [0.1, 0.4])).toBe(false);
  });
});

describe('moreClientsNeeded', () => {
  it('is 0 for a criterion that already counts', () => {
    expect(disjoint(jeffreys(8, 8), jeffreys(0, 10))).toBe(true);
    expect(moreClientsNeeded(8, 8, 0, 10)).toBe(0);
  });

  it(`needs ${MIN_BAD_RAISED} raises among bad clients even when the intervals already part`, () => {
    // 2 of 2 bad against 0 of 40 good: apart, but two raises are too few.
    expect(disjoint(jeffreys(2, 2), jeffreys(0, 40))).toBe(true);
    expect(moreClientsNeeded(2, 2, 0, 40)).toBeGreaterThan(0);
  });

  it('is null when the two groups raise it equally often', () => expect(moreClientsNeeded(5, 10, 5, 10)).toBeNull());

  it('grows as the rates get closer, and the answer is enough: at those rates the intervals then part', () => {
    const far = moreClientsNeeded(3, 6, 1, 6)!;
    const near = moreClientsNeeded(3, 6, 2, 6)!;
    expect(far).toBeGreaterThan(0);
    expect(near).toBeGreaterThan(far);
    expect(near).toBeLessThanOrEqual(MAX_MORE);
  });
});

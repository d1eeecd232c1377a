import betaQuantile from '@stdlib/stats-base-dists-beta-quantile';

/** A 95% interval for a proportion, as [lower, upper] in 0–1. */
export type Interval = [number, number];

/**
 * The 95% Jeffreys interval for k successes in n trials: the 2.5% and 97.5% quantiles of
 * Beta(k + ½, n − k + ½), with the lower end 0 when k = 0 and the upper end 1 when k = n
 * (Brown, Cai & DasGupta 2001). n = 0 says nothing: [0, 1].
 */
export function jeffreys(k: number, n: number): Interval {
  if (n <= 0) return [0, 1];
  const key = `${k}/${n}`;
  const hit = memo.get(key);
  if (hit) return [hit[0], hit[1]];
  const iv = jeffreysOf(k, n);
  if (memo.size < 100_000) memo.set(key, iv);
  return [iv[0], iv[1]];
}

/** Leave-one-out asks for the same few counts thousands of times. */
const memo = new Map<string, Interval>();

function jeffreysOf(k: number, n: number): Interval {
  const a = k + 0.5;
  const b = n - k + 0.5;
  return [k === 0 ? 0 : betaQuantile(0.025, a, b), k === n ? 1 : betaQuantile(0.975, a, b)];
}

/**
 * How many times likelier a raise is among bad clients than among good ones, with ½ added
 * to every cell of the 2×2 table (the Haldane–Anscombe correction): finite and positive for
 * any counts, 1 when the two groups say nothing.
 */
export function likelihoodRatio(kBad: number, nBad: number, kGood: number, nGood: number): number {
  return (kBad + 0.5) / (nBad + 1) / ((kGood + 0.5) / (nGood + 1));
}

/** The two intervals do not overlap. */
export const disjoint = (a: Interval, b: Interval): boolean => a[0] > b[1] || b[0] > a[1];

/** Raises it takes among bad clients before a suggestion is made. */
export const MIN_BAD_RAISED = 3;

/** Beyond this many more labelled clients, "more" is all that can honestly be said. */
export const MAX_MORE = 1000;

/**
 * About how many more labelled clients (bad and good in today's proportion) it would take,
 * were the raise rates seen so far to hold, for a criterion to count: its two intervals
 * apart and at least MIN_BAD_RAISED raises among bad clients. 0 when it already counts;
 * null when the rates are too close for any number within MAX_MORE to tell them apart.
 */
export function moreClientsNeeded(kBad: number, nBad: number, kGood: number, nGood: number): number | null {
  const total = nBad + nGood;
  // Rates from the Jeffreys posterior mean: an unseen raise is rare, never impossible.
  const pBad = (kBad + 0.5) / (nBad + 1);
  const pGood = (kGood + 0.5) / (nGood + 1);
  const shareBad = total ? Math.max(nBad, 1) / (Math.max(nBad, 1) + Math.max(nGood, 1)) : 0.5;
  const counts = (m: number) => {
    const nb = nBad + Math.round(m * shareBad);
    const ng = nGood + (m - Math.round(m * shareBad));
    const kb = m === 0 ? kBad : Math.round(pBad * nb);
    const kg = m === 0 ? kGood : Math.round(pGood * ng);
    return kb >= MIN_BAD_RAISED && disjoint(jeffreys(kb, nb), jeffreys(kg, ng));
  };
  if (counts(0)) return 0;
  // Separation is monotone in m for fixed rates (up to rounding): find the first m that works.
  if (!counts(MAX_MORE)) return null;
  let lo = 0;
  let hi = MAX_MORE;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (counts(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

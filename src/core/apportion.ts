/**
 * Whole numbers that add up to `total`, each as close as it can be to its quota: the
 * largest-remainder (Hamilton) method. Every quota is rounded down, then the units still
 * missing go one each to the largest remainders (or, when the floors overshoot, are taken
 * from the smallest). Ties go to the earlier entry, so callers list the biggest first.
 *
 * Meant for quotas that already add up to `total` or nearly (within one unit per entry):
 * each result is then its quota rounded down or up. Quotas may be negative.
 */
export function apportion(quotas: readonly number[], total: number): number[] {
  if (!quotas.length) return [];
  // 0.1 + 0.2 is not 0.3: a quota a hair below a whole number is that number.
  const q = quotas.map((x) => Math.round(x * 1e9) / 1e9);
  const out = q.map(Math.floor);
  const rest = q.map((x, i) => x - out[i]!);
  const order = q.map((_, i) => i).sort((a, b) => rest[b]! - rest[a]! || a - b);
  let missing = total - out.reduce((s, x) => s + x, 0);
  const n = order.length;
  for (let k = 0; missing > 0; k++, missing--) {
    const i = order[k % n]!;
    out[i] = out[i]! + 1;
  }
  for (let k = 0; missing < 0; k++, missing++) {
    const i = order[n - 1 - (k % n)]!;
    out[i] = out[i]! - 1;
  }
  return out.map((x) => x + 0); // never −0
}

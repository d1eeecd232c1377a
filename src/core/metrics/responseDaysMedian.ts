import { answeredBy, responseDays } from './messages.js';
import { ofType, type Metric } from './types.js';
import type { ClientEvent } from '../schema/event.js';

/**
 * The weighted median: the smallest value at which the weights reach half the total
 * (with equal weights, the mean of the two middle values, as the plain median).
 */
function weightedMedian(items: { v: number; w: number }[]): number {
  const sorted = [...items].sort((a, b) => a.v - b.v);
  const total = sorted.reduce((s, x) => s + x.w, 0);
  let acc = 0;
  for (let i = 0; i < sorted.length; i++) {
    acc += sorted[i]!.w;
    // Exactly half: between this value and the next, as the plain median of an even count.
    if (Math.abs(acc - total / 2) < 1e-9 && i + 1 < sorted.length) return (sorted[i]!.v + sorted[i + 1]!.v) / 2;
    if (acc > total / 2) return sorted[i]!.v;
  }
  return sorted[sorted.length - 1]!.v;
}

/** response_days_median: median days from message to answer, over answered messages in the window (weighted with a half-life). */
export const responseDaysMedian: Metric = {
  unit: 'days',
  reads: ['message'],
  ageing: ['decay', 'answered'],
  sample: true,
  compute(ctx) {
    const answered = ofType(ctx, 'message').filter((m) => answeredBy(m, ctx.asOf));
    if (!answered.length) return { value: null, evidence: [], n: 0 };
    const median = weightedMedian(answered.map((m: ClientEvent) => ({ v: responseDays(m), w: ctx.weight(m) })));
    const slow = answered.filter((m) => responseDays(m) >= median && responseDays(m) > 0);
    return { value: median, evidence: slow.map((event) => ({ event, fact: { kind: 'answered', days: responseDays(event) } })), n: answered.length };
  },
};

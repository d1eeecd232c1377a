import { answeredBy, responseDays } from './messages.js';
import { ofType, type Metric } from './types.js';

/** response_days_median: median days from message to answer, over answered messages in the window. */
export const responseDaysMedian: Metric = {
  unit: 'days',
  compute(ctx) {
    const answered = ofType(ctx, 'message').filter((m) => answeredBy(m, ctx.asOf));
    if (!answered.length) return { value: null, evidence: [] };
    const days = answered.map(responseDays).sort((a, b) => a - b);
    const mid = days.length >> 1;
    const median = days.length % 2 ? days[mid]! : (days[mid - 1]! + days[mid]!) / 2;
    const slow = answered.filter((m) => responseDays(m) >= median && responseDays(m) > 0);
    return { value: median, evidence: slow.map((event) => ({ event, fact: { kind: 'answered', days: responseDays(event) } })) };
  },
};

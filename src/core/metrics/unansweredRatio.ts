import { daysBetween } from '../dates.js';
import { answeredBy, judgedMessages } from './messages.js';
import { weightSum, type Metric } from './types.js';

/** unanswered_ratio: share of messages in the window with no `answered` date, once older than 7 days (weighted with a half-life). */
export const unansweredRatio: Metric = {
  unit: 'ratio',
  reads: ['message'],
  ageing: ['decay', 'answered', 'unanswered'],
  sample: true,
  compute(ctx) {
    const msgs = judgedMessages(ctx);
    const total = weightSum(ctx, msgs);
    if (!msgs.length || total <= 0) return { value: null, evidence: [], n: 0 };
    const open = msgs.filter((m) => !answeredBy(m, ctx.asOf));
    return {
      value: weightSum(ctx, open) / total,
      evidence: open.map((event) => ({ event, fact: { kind: 'unanswered', days: daysBetween(event.date, ctx.asOf) } })),
      n: msgs.length,
    };
  },
};

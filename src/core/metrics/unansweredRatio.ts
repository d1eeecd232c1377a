import { daysBetween } from '../dates.js';
import { answeredBy, judgedMessages } from './messages.js';
import type { Metric } from './types.js';

/** unanswered_ratio: share of messages in the window with no `answered` date, once older than 7 days. */
export const unansweredRatio: Metric = {
  unit: 'ratio',
  compute(ctx) {
    const msgs = judgedMessages(ctx);
    if (!msgs.length) return { value: null, evidence: [] };
    const open = msgs.filter((m) => !answeredBy(m, ctx.asOf));
    return {
      value: open.length / msgs.length,
      evidence: open.map((event) => ({ event, fact: { kind: 'unanswered', days: daysBetween(event.date, ctx.asOf) } })),
    };
  },
};

import { ofType, type Metric } from './types.js';

/** client_delay_days: sum of `days` over client_delay events in the window (each × its weight with a half-life). */
export const clientDelayDays: Metric = {
  unit: 'days',
  reads: ['client_delay'],
  ageing: ['decay'],
  compute(ctx) {
    const hits = ofType(ctx, 'client_delay');
    return { value: hits.reduce((s, e) => s + ctx.weight(e) * (e.days ?? 0), 0), evidence: hits.map((event) => ({ event })), n: hits.length };
  },
};

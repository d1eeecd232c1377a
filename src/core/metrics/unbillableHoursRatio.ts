import { workIn } from './hours.js';
import type { Metric } from './types.js';

/** unbillable_hours_ratio: share of the window's work hours marked `billable: false` (hours weighted with a half-life). */
export const unbillableHoursRatio: Metric = {
  unit: 'ratio',
  reads: ['work'],
  ageing: ['decay'],
  sample: true,
  compute(ctx) {
    const { work } = workIn(ctx);
    const hours = work.reduce((s, e) => s + ctx.weight(e) * (e.hours ?? 0), 0);
    if (hours <= 0) return { value: null, evidence: [], n: work.length };
    const unbillable = work.filter((e) => e.billable === false);
    return {
      value: unbillable.reduce((s, e) => s + ctx.weight(e) * (e.hours ?? 0), 0) / hours,
      evidence: unbillable.map((event) => ({ event })),
      n: work.length,
    };
  },
};

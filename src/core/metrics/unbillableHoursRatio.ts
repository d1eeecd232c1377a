import { workIn } from './hours.js';
import type { Metric } from './types.js';

/** unbillable_hours_ratio: share of the window's work hours marked `billable: false`. */
export const unbillableHoursRatio: Metric = {
  unit: 'ratio',
  compute(ctx) {
    const { work, hours } = workIn(ctx);
    if (hours <= 0) return { value: null, evidence: [] };
    const unbillable = work.filter((e) => e.billable === false);
    return {
      value: unbillable.reduce((s, e) => s + (e.hours ?? 0), 0) / hours,
      evidence: unbillable.map((event) => ({ event })),
    };
  },
};

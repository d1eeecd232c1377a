import { ofType, weightSum, type Metric } from './types.js';

/** unbilled_scope_changes: scope_change events in the window whose `billed` is not true (weighted with a half-life). */
export const unbilledScopeChanges: Metric = {
  unit: 'count',
  reads: ['scope_change'],
  ageing: ['decay'],
  compute(ctx) {
    const hits = ofType(ctx, 'scope_change').filter((e) => e.billed !== true);
    return { value: weightSum(ctx, hits), evidence: hits.map((event) => ({ event })), n: hits.length };
  },
};

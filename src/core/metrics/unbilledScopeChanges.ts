import { ofType, type Metric } from './types.js';

/** unbilled_scope_changes: scope_change events in the window whose `billed` is not true. */
export const unbilledScopeChanges: Metric = {
  unit: 'count',
  compute(ctx) {
    const hits = ofType(ctx, 'scope_change').filter((e) => e.billed !== true);
    return { value: hits.length, evidence: hits.map((event) => ({ event })) };
  },
};

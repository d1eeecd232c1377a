import { ofType, weightSum, type Metric } from './types.js';

/**
 * Count of events of the given types in the window (fee_disputes, complaints, abuse, …
 * and the rubric's own `{count: [type, ...]}`); with a half-life, the sum of their weights.
 * Zero events is a real zero, not missing data.
 */
export function countEvents(...types: string[]): Metric {
  return {
    unit: 'count',
    reads: types,
    ageing: ['decay'],
    compute(ctx) {
      const hits = ofType(ctx, ...types);
      return { value: weightSum(ctx, hits), evidence: hits.map((event) => ({ event })), n: hits.length };
    },
  };
}

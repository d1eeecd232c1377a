import { ofType, type Metric } from './types.js';

/**
 * Count of events of the given types in the window (fee_disputes, complaints, abuse, …
 * and the rubric's own `{count: [type, ...]}`). Zero events is a real zero, not missing data.
 */
export function countEvents(...types: string[]): Metric {
  return {
    unit: 'count',
    compute(ctx) {
      const hits = ofType(ctx, ...types);
      return { value: hits.length, evidence: hits.map((event) => ({ event })) };
    },
  };
}

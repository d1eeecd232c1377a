import { ofType, weightSum, type Metric } from './types.js';

/** team_mood_avg: mean `mood` (1–5) of team_feedback events in the window (weighted with a half-life). Lower is worse. */
export const teamMoodAvg: Metric = {
  unit: 'mood',
  reads: ['team_feedback'],
  ageing: ['decay'],
  sample: true,
  compute(ctx) {
    const hits = ofType(ctx, 'team_feedback');
    const total = weightSum(ctx, hits);
    if (!hits.length || total <= 0) return { value: null, evidence: [], n: 0 };
    const avg = hits.reduce((s, e) => s + ctx.weight(e) * (e.mood ?? 0), 0) / total;
    return { value: avg, evidence: hits.filter((e) => (e.mood ?? 5) <= 3).map((event) => ({ event })), n: hits.length };
  },
};

import { ofType, type Metric } from './types.js';

/** team_mood_avg: mean `mood` (1–5) of team_feedback events in the window. Lower is worse. */
export const teamMoodAvg: Metric = {
  unit: 'mood',
  compute(ctx) {
    const hits = ofType(ctx, 'team_feedback');
    if (!hits.length) return { value: null, evidence: [] };
    const avg = hits.reduce((s, e) => s + (e.mood ?? 0), 0) / hits.length;
    return { value: avg, evidence: hits.filter((e) => (e.mood ?? 5) <= 3).map((event) => ({ event })) };
  },
};

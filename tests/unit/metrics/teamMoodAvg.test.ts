/** team_mood_avg: mean `mood` (1–5) of team_feedback events in the window. Lower is worse. */
import { describe, expect, it } from 'vitest';
import { run, valueOf, withEvents } from '../build.js';

const AS_OF = '2026-11-24';

describe('team_mood_avg', () => {
  it('is the mean mood, with the low ones (≤ 3) as evidence', () => {
    const c = withEvents(['date: 2026-01-10, type: team_feedback, mood: 2', 'date: 2026-02-10, type: team_feedback, mood: 3', 'date: 2026-03-10, type: team_feedback, mood: 5']);
    const r = run('team_mood_avg', c, AS_OF);
    expect(r.value).toBeCloseTo(10 / 3, 12);
    expect(r.evidence.map((e) => e.event.mood)).toEqual([2, 3]);
  });

  it('follows the window edges', () => {
    const c = withEvents([
      'date: 2025-11-24, type: team_feedback, mood: 1',
      'date: 2025-11-25, type: team_feedback, mood: 4',
      `date: ${AS_OF}, type: team_feedback, mood: 5`,
      'date: 2026-11-25, type: team_feedback, mood: 1',
    ]);
    expect(valueOf('team_mood_avg', c, AS_OF)).toBe(4.5);
  });

  it('is null, not 0, with no feedback', () => {
    expect(valueOf('team_mood_avg', withEvents(['date: 2026-01-10, type: praise']), AS_OF)).toBeNull();
  });
});

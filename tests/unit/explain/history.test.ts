import { describe, expect, it } from 'vitest';
import { defaultFrom, history, steps } from '../../../src/core/history.js';
import { parseWindow } from '../../../src/core/dates.js';
import { score } from '../../../src/core/score.js';
import { client, events, rubric } from './fixtures.js';

const R = rubric(`
id: t
window: 3m
criteria:
  - {id: complaints, metric: complaints, warn: 1, flag: 2, weight: 40}
`);

describe('history steps', () => {
  it('steps monthly from the start without drifting at month ends, ending at as-of', () => {
    expect(steps('2026-01-31', '2026-05-15', parseWindow('1m')!)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-15']);
  });
  it('does not repeat as-of when a step lands on it', () => {
    expect(steps('2026-01-01', '2026-01-15', parseWindow('7d')!)).toEqual(['2026-01-01', '2026-01-08', '2026-01-15']);
  });
  it('starts one rubric window before as-of by default', () => {
    expect(defaultFrom('2026-11-24', R)).toBe('2026-08-24');
  });
});

describe('history', () => {
  const c = client(`name: A\n${events('date: 2026-03-10, type: complaint', 'date: 2026-03-20, type: complaint')}`);
  const dates = steps('2026-01-01', '2026-09-01', parseWindow('1m')!);
  const h = history(c, R, dates);

  it('scores the client as of each date, exactly as score would', () => {
    expect(h.points.map((p) => p.asOf)).toEqual(dates);
    for (const p of h.points) expect(p.fit).toBe(score(c, R, { asOf: p.asOf }).fit);
  });

  it('sees the complaints arrive and then leave the 3-month window', () => {
    const fit = Object.fromEntries(h.points.map((p) => [p.asOf, p.fit]));
    expect(fit['2026-03-01']).toBe(100);
    expect(fit['2026-04-01']).toBe(60); // two complaints: fully raised, −40
    expect(fit['2026-07-01']).toBe(100); // 3 months later both are out of the window
  });

  it('marks the events that moved the fit most between two steps', () => {
    const biggest = h.moves[0]!;
    expect(Math.abs(biggest.fitTo - biggest.fitFrom)).toBe(40);
    const into = h.moves.find((m) => m.to === '2026-04-01')!;
    expect(into.events.map((e) => e.event.date)).toEqual(['2026-03-10', '2026-03-20']);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultFrom, history, steps } from '../../../src/core/history.js';
import type { Move } from '../../../src/core/moves.js';
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

  it('explains the biggest moves: the complaints that raised the flag, then the window that dropped them', () => {
    expect(h.moves.map((m) => [m.from, m.to, m.change])).toEqual([
      ['2026-03-01', '2026-04-01', -40],
      ['2026-06-01', '2026-07-01', 40],
    ]);
    const [into, out] = h.moves as [Move, Move];
    // Warn 1, flag 2, weight 40: the first complaint half raises the flag (−20), the second fully (−20).
    expect(into.criteria).toHaveLength(1);
    expect(into.criteria[0]!.events.map((e) => [e.evidence.event.date, e.points])).toEqual([
      ['2026-03-10', -20],
      ['2026-03-20', -20],
    ]);
    expect(into.criteria[0]!.time.points).toBe(0);
    // Nothing new happened by July: both complaints left the 3-month window, and time gets it all.
    expect(out.criteria[0]!.events).toEqual([]);
    expect(out.criteria[0]!.time).toEqual({ points: 40, exact: 40, reasons: [{ kind: 'left', count: 2 }] });
  });

  it("lists every move in date order with moves: 'all', none with 0", () => {
    const all = history(c, R, dates, { moves: 'all' });
    expect(all.moves.map((m) => m.from)).toEqual(['2026-03-01', '2026-06-01']);
    expect(all.points).toEqual(h.points);
    expect(history(c, R, dates, { moves: 0 }).moves).toEqual([]);
  });

  it('picks the biggest moves first, the earlier one on a tie', () => {
    // 3-month window: Feb's complaint counts from March to May (−20); May's two from June to
    // August (−40), when Feb's has left; none by September.
    const c3 = client(`name: A\n${events('date: 2026-02-10, type: complaint', 'date: 2026-05-10, type: complaint', 'date: 2026-05-20, type: complaint')}`);
    const all = history(c3, R, dates, { moves: 'all' });
    expect(all.moves.map((m) => [m.from, m.change])).toEqual([
      ['2026-02-01', -20],
      ['2026-05-01', -20],
      ['2026-08-01', 40],
    ]);
    expect(history(c3, R, dates, { moves: 2 }).moves.map((m) => [m.from, m.change])).toEqual([
      ['2026-08-01', 40],
      ['2026-02-01', -20],
    ]);
    // May → June: the two new complaints cost 20 each, and February's leaving the window gave 20 back.
    const june = all.moves[1]!.criteria[0]!;
    expect(june.events.map((e) => [e.evidence.event.date, e.points])).toEqual([
      ['2026-05-10', -20],
      ['2026-05-20', -20],
    ]);
    expect(june.time).toMatchObject({ points: 20, reasons: [{ kind: 'left', count: 1 }] });
  });
});

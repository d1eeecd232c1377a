/**
 * half_life (DESIGN.md, "Evidence strength"): each event counts 0.5^(age ÷ half_life), age
 * in days from the event's date (an invoice's `due`) to as-of. Counts become sums of
 * weights, ratios weighted ratios, means weighted means; the report's evidence carries
 * each event's weight. As-of is 2026-11-24; with half_life 90d, 2026-08-26 is one
 * half-life back (90 days) and 2026-05-28 two (180 days).
 */
import { describe, expect, it } from 'vitest';
import { addDaysIso } from '../../../src/core/dates.js';
import { reportJson } from '../../../src/core/render/json.js';
import { plain } from '../../../src/core/render/style.js';
import { renderText } from '../../../src/core/render/text.js';
import { eventWeight, score } from '../../../src/core/score.js';
import { en, rubric, run, withEvents } from '../build.js';

const AS_OF = '2026-11-24';
const ago = (days: number) => addDaysIso(AS_OF, -days);

describe('eventWeight', () => {
  it('is 1, 0.5 and 0.25 at an age of 0, 1 and 2 half-lives', () => {
    const w = eventWeight('90d', AS_OF);
    expect(ago(90)).toBe('2026-08-26');
    expect(w({ type: 'complaint', date: AS_OF })).toBe(1);
    expect(w({ type: 'complaint', date: ago(90) })).toBe(0.5);
    expect(w({ type: 'complaint', date: ago(180) })).toBe(0.25);
    expect(w({ type: 'complaint', date: ago(45) })).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it('counts an invoice from its due date, not the date it was sent', () => {
    const w = eventWeight('30d', AS_OF);
    expect(w({ type: 'invoice', date: ago(60), due: ago(30) })).toBe(0.5);
  });

  it('reads weeks, months (30 days) and years (365 days)', () => {
    expect(eventWeight('2w', AS_OF)({ type: 'x', date: ago(14) })).toBe(0.5);
    expect(eventWeight('6m', AS_OF)({ type: 'x', date: ago(180) })).toBe(0.5);
    expect(eventWeight('1y', AS_OF)({ type: 'x', date: ago(365) })).toBe(0.5);
  });

  it('is 1 for every event without a half-life', () => {
    const w = eventWeight(undefined, AS_OF);
    expect(w({ type: 'complaint', date: ago(300) })).toBe(1);
  });
});

describe('a weighted count', () => {
  it('sums the weights: complaints at 0, 1 and 2 half-lives count 1 + 0.5 + 0.25', () => {
    const c = withEvents([`date: ${AS_OF}, type: complaint`, `date: ${ago(90)}, type: complaint`, `date: ${ago(180)}, type: complaint`]);
    const r = run('complaints', c, AS_OF, { halfLife: '90d' });
    expect(r.value).toBe(1.75);
    // n is still the number of events, for min_evidence.
    expect(r.n).toBe(3);
    expect(r.evidence).toHaveLength(3);
    // Without a half-life, the plain count.
    expect(run('complaints', c, AS_OF).value).toBe(3);
  });

  it('weighs client_delay days: 20 days one half-life ago count 10', () => {
    const c = withEvents([`date: ${ago(60)}, type: client_delay, days: 20`, `date: ${AS_OF}, type: client_delay, days: 4`]);
    expect(run('client_delay_days', c, AS_OF, { halfLife: '60d' }).value).toBe(14);
  });
});

describe('a weighted ratio', () => {
  it('late_invoice_ratio weighs each invoice from its due date', () => {
    // On time, due today: weight 1. Late (paid 10 days after due), due 30 days ago: weight 0.5.
    // Weighted: 0.5 / (1 + 0.5) = 1/3; unweighted it would be 1/2.
    const c = withEvents([
      `date: ${ago(30)}, type: invoice, ref: F-1, amount: 100, due: ${AS_OF}, paid: ${AS_OF}`,
      `date: ${ago(60)}, type: invoice, ref: F-2, amount: 100, due: ${ago(30)}, paid: ${ago(20)}`,
    ]);
    expect(run('late_invoice_ratio', c, AS_OF, { halfLife: '30d' }).value).toBeCloseTo(1 / 3, 12);
    expect(run('late_invoice_ratio', c, AS_OF).value).toBe(0.5);
  });

  it('unanswered_ratio: a recent unanswered message outweighs an old one', () => {
    // Unanswered 10 days ago (weight 0.5^(10/10) = 0.5); answered, 20 days ago (0.25).
    // 0.5 / 0.75 = 2/3.
    const c = withEvents([`date: ${ago(10)}, type: message`, `date: ${ago(20)}, type: message, answered: ${ago(19)}`]);
    expect(run('unanswered_ratio', c, AS_OF, { halfLife: '10d' }).value).toBeCloseTo(2 / 3, 12);
  });

  it('team_mood_avg is a weighted mean', () => {
    // mood 1 today (weight 1), mood 4 one half-life ago (0.5): (1 + 2) / 1.5 = 2.
    const c = withEvents([`date: ${AS_OF}, type: team_feedback, mood: 1`, `date: ${ago(30)}, type: team_feedback, mood: 4`]);
    expect(run('team_mood_avg', c, AS_OF, { halfLife: '30d' }).value).toBe(2);
    expect(run('team_mood_avg', c, AS_OF).value).toBe(2.5);
  });
});

describe('events after as-of', () => {
  it('are not counted, whatever their weight would be', () => {
    const c = withEvents([`date: ${addDaysIso(AS_OF, 10)}, type: complaint`, `date: ${ago(90)}, type: complaint`]);
    const r = run('complaints', c, AS_OF, { halfLife: '90d' });
    expect(r.value).toBe(0.5);
    expect(r.n).toBe(1);
    expect(r.evidence.map((e) => e.event.date)).toEqual([ago(90)]);
  });
});

describe('weights in the report', () => {
  const R = rubric(`criteria:
  - {id: crit, title: {en: Complains a lot}, metric: complaints, warn: 1, flag: 3, weight: 20, half_life: 90d}
`);
  const C = withEvents([`date: ${ago(180)}, type: complaint`, `date: ${ago(90)}, type: complaint, note: Second`, `date: ${AS_OF}, type: complaint`]);
  const rep = score(C, R, { asOf: AS_OF });

  it('gives each piece of evidence its weight, oldest first', () => {
    expect(rep.criteria[0]!.evidence.map((e) => [e.event.date, e.weight])).toEqual([
      [ago(180), 0.25],
      [ago(90), 0.5],
      [AS_OF, 1],
    ]);
    // 1.75 between warn 1 and flag 3: 0.5 + 0.5 × 0.75 / 2 = 0.6875 → 0.69; 20 × 0.6875 = 13.75.
    expect(rep.criteria[0]).toMatchObject({ value: 1.75, severity: 0.69, pointsLost: 13.75, status: 'warn' });
  });

  it('prints the weight next to each event in text and JSON', () => {
    const text = renderText(rep, { lang: 'en', t: en, style: plain });
    expect(text).toMatch(new RegExp(`${ago(90)}\\s+complaint: Second\\s+c\\.yaml:4\\s+weight 0\\.5$`, 'm'));
    expect(text).toMatch(new RegExp(`${ago(180)}\\s+complaint\\s+c\\.yaml:3\\s+weight 0\\.25$`, 'm'));
    // The weighted count prints with one decimal.
    expect(text).toMatch(/complaints 1\.8\s/);
    const j = reportJson(rep, { lang: 'en', t: en });
    expect(j.criteria[0]!.evidence.map((e) => e.weight)).toEqual([0.25, 0.5, 1]);
  });

  it('prints no weight for a criterion without a half-life', () => {
    const plainR = rubric('criteria:\n  - {id: crit, metric: complaints, warn: 1, flag: 3, weight: 20}\n');
    const text = renderText(score(C, plainR, { asOf: AS_OF }), { lang: 'en', t: en, style: plain });
    expect(text).not.toContain('weight ');
  });
});

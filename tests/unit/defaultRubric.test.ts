/**
 * Calibration of the shipped rubric (DESIGN.md, bands keep 75 / review 45):
 * - no single criterion alone, except a dealbreaker, drops a client below review;
 * - any two fully raised serious flags (payment, scope, communication, respect) → review;
 * - four or more → exit; abuse is a dealbreaker;
 * - every red flag of the design is covered, in English and Spanish, with why and talking point.
 * Checked twice: on the weights (fit = 100 − Σ weight when fully raised) and end to end
 * through score() with clients built to raise exactly the chosen criteria.
 */
import { describe, expect, it } from 'vitest';
import { addDaysIso } from '../../src/core/dates.js';
import { band, eventWeight, score } from '../../src/core/score.js';
import type { Criterion } from '../../src/core/schema/rubric.js';
import { defaultRubric, withEvents } from './build.js';

const R = defaultRubric();
const AS_OF = '2026-11-24';
const SERIOUS = new Set(['payment', 'scope', 'communication', 'respect']);
const serious = R.criteria.filter((c) => c.theme && SERIOUS.has(c.theme) && !c.dealbreaker);
const nonDealbreakers = R.criteria.filter((c) => !c.dealbreaker);

function combinations<T>(items: T[], k: number): T[][] {
  if (k === 0) return [[]];
  return items.flatMap((x, i) => combinations(items.slice(i + 1), k - 1).map((rest) => [x, ...rest]));
}

const fitWhenRaised = (cs: Criterion[]) => Math.max(0, 100 - cs.reduce((s, c) => s + c.weight, 0));

/** A date `days` before as-of. */
const daysAgo = (days: number) => addDaysIso(AS_OF, -days);

/**
 * Events (and profile lines) that raise one criterion fully and leave every other
 * criterion of the default rubric quiet or without data. Thresholds, half-lives and
 * min_evidence are read from the criterion, so re-tuned numbers are still raised:
 * - a count gets one event a day back from as-of until the events' weights
 *   (0.5^(age ÷ half_life), 1 without a half-life) add up to `flag` (and there are at
 *   least min_evidence of them);
 * - a ratio, mean or median gets min_evidence events (3 by default), all of them bad,
 *   so the weighted value is the worst one whatever the weights and no thin-evidence
 *   scaling applies.
 */
function raise(c: Criterion): { events: string[]; profile: string[] } {
  const metric = typeof c.metric === 'string' ? c.metric : '';
  const weight = eventWeight(c.half_life, AS_OF);
  const sample = Math.max(c.min_evidence ?? 3, 1);
  const many = (type: string) => {
    const out: string[] = [];
    for (let sum = 0, i = 0; sum < c.flag || out.length < (c.min_evidence ?? 1); i++) {
      const date = daysAgo(i);
      sum += weight({ type, date });
      out.push(`date: ${date}, type: ${type}`);
    }
    return out;
  };
  const times = (k: number, f: (i: number) => string) => Array.from({ length: k }, (_, i) => f(i));
  switch (metric) {
    case 'late_invoice_ratio':
      // Unpaid, and due a month or so before as-of: far past the 3 grace days.
      return { events: times(sample, (i) => `date: ${daysAgo(60 + i)}, type: invoice, ref: L-${i}, amount: 500, due: ${daysAgo(30 + i)}`), profile: [] };
    case 'fee_disputes':
      return { events: many('fee_dispute'), profile: [] };
    case 'unbilled_scope_changes':
      return { events: many('scope_change'), profile: [] };
    case 'client_delay_days': {
      // One delay a week ago, long enough that its weighted days reach `flag`.
      const date = daysAgo(7);
      return { events: [`date: ${date}, type: client_delay, days: ${Math.ceil(c.flag / weight({ type: 'client_delay', date }))}`], profile: [] };
    }
    case 'unanswered_ratio':
      // Never answered, and older than the 7 days a message has to be answered.
      return { events: times(sample, (i) => `date: ${daysAgo(10 + i)}, type: message`), profile: [] };
    case 'complaints':
      return { events: many('complaint'), profile: [] };
    case 'expertise_dismissed':
      return { events: many('expertise_dismissed'), profile: [] };
    case 'urgent_requests':
      return { events: many('urgent_request'), profile: [] };
    case 'terms_violations':
      return { events: many('terms_violation'), profile: [] };
    case 'blame':
      return { events: many('blame'), profile: [] };
    case 'abuse':
      return { events: many('abuse'), profile: [] };
    case 'growth_declined':
      return { events: many('growth_declined'), profile: [] };
    case 'in_niche':
    case 'within_skills':
    case 'budget_fits':
      return { events: [], profile: [`${metric}: false`] };
    case 'effective_rate_ratio':
      // Invoices of 100 each (paid on their due date), 10 billable hours per invoice:
      // 10/h against a 60/h contract. The metric rests on the invoices, so min_evidence of them.
      return {
        events: [
          ...times(sample, (i) => `date: ${daysAgo(90 + i)}, type: invoice, ref: R-${i}, amount: 100, due: ${daysAgo(60 + i)}, paid: ${daysAgo(60 + i)}`),
          `date: ${daysAgo(80)}, type: work, hours: ${10 * sample}`,
        ],
        profile: [],
      };
    case 'unbillable_hours_ratio':
      return { events: times(sample, (i) => `date: ${daysAgo(20 + i)}, type: work, hours: 10, billable: false`), profile: [] };
    case 'team_mood_avg':
      return { events: times(sample, (i) => `date: ${daysAgo(20 + i)}, type: team_feedback, mood: 1`), profile: [] };
    default:
      throw new Error(`no way to raise ${c.id} (${JSON.stringify(c.metric)}) in this test yet`);
  }
}

/** Scores a client that raises exactly `cs` with the default rubric. */
function scoreRaising(cs: Criterion[]) {
  const parts = cs.map(raise);
  const profile = parts.flatMap((p) => p.profile);
  const extra = `contract: {rate: 60, currency: EUR}\n${profile.length ? `profile:\n${profile.map((l) => `  ${l}`).join('\n')}\n` : ''}`;
  return score(withEvents(parts.flatMap((p) => p.events), extra), R, { asOf: AS_OF });
}

describe('default rubric: shape', () => {
  it('has the design bands and window', () => {
    expect(R.id).toBe('default');
    expect(R.bands).toEqual({ keep: 75, review: 45 });
    expect(R.window).toBe('12m');
  });

  it('covers all 18 red flags of the design', () => {
    // Each red flag of DESIGN.md and the metric that measures it.
    const RED_FLAGS: [string, string[]][] = [
      ['pays late', ['late_invoice_ratio', 'days_late_avg', 'overdue_amount']],
      ["won't pay what it is worth", ['fee_disputes']],
      ['scope creep', ['unbilled_scope_changes']],
      ['blocks your work', ['client_delay_days']],
      ['poor communication', ['unanswered_ratio', 'response_days_median']],
      ['constant criticism', ['complaints']],
      ['distrusts your expertise', ['expertise_dismissed']],
      ['unrealistic urgency', ['urgent_requests']],
      ['breaks your terms', ['terms_violations']],
      ['blames others', ['blame']],
      ['abuse', ['abuse']],
      ['not interested in growing', ['growth_declined']],
      ['outside your niche', ['in_niche']],
      ['beyond your skills', ['within_skills']],
      ['budget does not fit', ['budget_fits']],
      ['costs more than it pays', ['effective_rate_ratio']],
      ['unbilled hours', ['unbillable_hours_ratio']],
      ['a team that no longer wants the account', ['team_mood_avg']],
    ];
    expect(RED_FLAGS).toHaveLength(18);
    const metrics = new Set(R.criteria.map((c) => String(c.metric)));
    const missing = RED_FLAGS.filter(([, ms]) => !ms.some((m) => metrics.has(m))).map(([flag]) => flag);
    expect(missing).toEqual([]);
  });

  it('makes abuse, and only abuse, a dealbreaker', () => {
    expect(R.criteria.filter((c) => c.dealbreaker).map((c) => c.metric)).toEqual(['abuse']);
  });

  it.each(R.criteria.map((c) => [c.id, c] as const))('%s has English and Spanish title, why and talking point', (_, c) => {
    for (const field of ['title', 'why', 'talking_point'] as const) {
      const t = c[field];
      expect(t.en?.trim(), `${c.id}.${field}.en`).toBeTruthy();
      expect(t.es?.trim(), `${c.id}.${field}.es`).toBeTruthy();
      expect(t.es, `${c.id}.${field} is translated`).not.toBe(t.en);
    }
    expect(c.theme, `${c.id} has a theme`).toBeTruthy();
  });

  it('uses weights of 5–25 and a real ramp (warn ≠ flag)', () => {
    for (const c of R.criteria) {
      expect(c.weight, c.id).toBeGreaterThanOrEqual(5);
      expect(c.weight, c.id).toBeLessThanOrEqual(25);
      expect(c.warn, c.id).not.toBe(c.flag);
    }
  });

  it('has ids that are unique', () => {
    const ids = R.criteria.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('default rubric: calibration on the weights', () => {
  it.each(nonDealbreakers.map((c) => [c.id, c] as const))('%s alone keeps the client in review or better', (_, c) => {
    expect(fitWhenRaised([c])).toBeGreaterThanOrEqual(R.bands.review);
  });

  it('lands every pair of serious flags in review', () => {
    expect(serious.length).toBeGreaterThanOrEqual(4);
    const wrong = combinations(serious, 2)
      .map((pair) => ({ ids: pair.map((c) => c.id).join(' + '), fit: fitWhenRaised(pair) }))
      .filter((p) => band(p.fit, R.bands) !== 'review');
    expect(wrong).toEqual([]);
  });

  it('lands any four serious flags in exit', () => {
    const wrong = combinations(serious, 4)
      .map((four) => ({ ids: four.map((c) => c.id).join(' + '), fit: fitWhenRaised(four) }))
      .filter((p) => band(p.fit, R.bands) !== 'exit');
    expect(wrong).toEqual([]);
  });
});

describe('default rubric: calibration through score()', () => {
  it.each(R.criteria.map((c) => [c.id, c] as const))('a client raising only %s', (_, c) => {
    const rep = scoreRaising([c]);
    const raised = rep.criteria.filter((r) => r.status !== 'ok').map((r) => [r.criterion.id, r.status]);
    expect(raised).toEqual([[c.id, 'flag']]);
    expect(rep.fit).toBe(100 - c.weight);
    if (c.dealbreaker) expect(rep).toMatchObject({ verdict: 'exit', dealbreakers: [c.id] });
    else expect(rep.verdict).not.toBe('exit');
  });

  it('sends a client to exit for abuse alone, whatever the fit', () => {
    const rep = score(withEvents(['date: 2026-06-01, type: abuse, note: Threatened our designer']), R, { asOf: AS_OF });
    expect(rep.fit).toBe(75); // 100 − 25: the fit alone would say keep
    expect(rep.verdict).toBe('exit');
    expect(rep.dealbreakers).toEqual(['abuse']);
  });

  it('puts every pair of serious flags in review', () => {
    const wrong = combinations(serious, 2)
      .map((pair) => ({ ids: pair.map((c) => c.id), rep: scoreRaising(pair) }))
      .filter(({ rep }) => rep.verdict !== 'review')
      .map(({ ids, rep }) => `${ids.join(' + ')}: ${rep.fit} ${rep.verdict}`);
    expect(wrong).toEqual([]);
  });

  it('puts every four serious flags in exit', () => {
    const wrong = combinations(serious, 4)
      .map((four) => ({ ids: four.map((c) => c.id), rep: scoreRaising(four) }))
      .filter(({ rep }) => rep.verdict !== 'exit')
      .map(({ ids, rep }) => `${ids.join(' + ')}: ${rep.fit} ${rep.verdict}`);
    expect(wrong).toEqual([]);
  });

  it('keeps a client with no events at fit 100', () => {
    expect(score(withEvents([]), R, { asOf: AS_OF })).toMatchObject({ fit: 100, verdict: 'keep', dealbreakers: [] });
  });
});

describe('default rubric: weighted counts still listen to one recent event', () => {
  it.each(['fee_dispute', 'terms_violation', 'blame', 'expertise_dismissed'])('one %s ten days ago starts its flag; the same event a year ago does not', (type) => {
    const recent = score(withEvents([`date: 2026-11-14, type: ${type}`]), R, { asOf: AS_OF });
    const old = score(withEvents([`date: 2025-12-01, type: ${type}`]), R, { asOf: AS_OF });
    const status = (rep: typeof recent) => rep.criteria.filter((c) => c.status !== 'ok').map((c) => c.status);
    expect(status(recent)).toEqual(['warn']);
    expect(status(old)).toEqual([]);
  });
});

/**
 * What moved the fit between two dates (src/core/moves.ts): per criterion, the new events'
 * shares and what time did, in whole points that add up to the change in fit. Every expected
 * number here is worked out in the comment above it from the rubric's formula
 * (pointsLost = weight × severity; severity 0.5 at `warn` rising to 1 at `flag`).
 */
import { describe, expect, it } from 'vitest';
import type { Client } from '../../../src/core/client.js';
import { explainMove, MAX_NAMED_EVENTS, type CriterionMove, type Move } from '../../../src/core/moves.js';
import type { Rubric } from '../../../src/core/schema/rubric.js';
import { score } from '../../../src/core/score.js';
import { client, defaultRubric, events, exampleClient, rubric } from './fixtures.js';

const move = (c: Client, r: Rubric, from: string, to: string) => explainMove(score(c, r, { asOf: from }), score(c, r, { asOf: to }));
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const cents = (x: number) => Math.round(x * 100);
const parts = (cm: CriterionMove) => [...cm.events, ...(cm.more ? [cm.more] : []), ...(cm.others ? [cm.others] : []), cm.time];
const named = (m: Move) => m.criteria.flatMap((cm) => cm.events.map((e) => `${e.evidence.event.date} ${e.evidence.event.type}`));

/** The sums every move must keep, whatever the data. */
function expectAddsUp(m: Move) {
  expect(sum(m.criteria.map((cm) => cm.points))).toBe(m.change);
  expect(sum(m.criteria.map((cm) => cents(cm.exact)))).toBe(cents(m.rawChange));
  for (const cm of m.criteria) {
    expect(cm.exact).not.toBe(0);
    expect(sum(parts(cm).map((p) => p.points))).toBe(cm.points);
    expect(sum(parts(cm).map((p) => cents(p.exact)))).toBe(cents(cm.exact));
    for (const e of cm.events) expect(e.exact).not.toBe(0);
  }
}

const INVOICES = rubric(`
id: t
window: 12m
criteria:
  - {id: late-payment, metric: late_invoice_ratio, warn: 0.2, flag: 0.5, weight: 30}
  - {id: complaints, metric: complaints, warn: 1, flag: 2, weight: 20}
`);

describe('a move names only the events that moved it', () => {
  // Before March: two invoices paid on time, two complaints (flag fully raised: −20).
  // In March: a late invoice, one paid on time, a third complaint, and praise.
  const c = client(`name: A
${events(
  'date: 2025-12-01, type: invoice, ref: F-1, amount: 100, due: 2026-01-10, paid: 2026-01-10',
  'date: 2026-01-05, type: invoice, ref: F-2, amount: 100, due: 2026-02-01, paid: 2026-02-01',
  'date: 2026-01-20, type: complaint',
  'date: 2026-02-10, type: complaint',
  'date: 2026-03-05, type: invoice, ref: F-3, amount: 100, due: 2026-03-10',
  'date: 2026-03-06, type: invoice, ref: F-4, amount: 100, due: 2026-03-15, paid: 2026-03-15',
  'date: 2026-03-20, type: praise',
  'date: 2026-03-25, type: complaint',
)}`);
  const m = move(c, INVOICES, '2026-03-01', '2026-04-01');

  it('gives the whole change to the late invoice: 1 late of 4 is 0.25, severity 0.5833, −17.5', () => {
    // As of April: F-3 unpaid 22 days past due (late); F-1, F-2, F-4 on time. 0.25 is past
    // warn 0.2: severity 0.5 + 0.5 × 0.05/0.3 = 0.5833, × 30 = 17.5. Fit 100 → 82.5 → 83.
    expect([m.fitFrom, m.fitTo, m.change, m.rawChange]).toEqual([80, 63, -17, -17.5]);
    expect(m.criteria.map((cm) => cm.criterion.id)).toEqual(['late-payment']);
    const late = m.criteria[0]!;
    expect(late.events.map((e) => [e.evidence.event.ref, e.exact, e.points])).toEqual([['F-3', -17.5, -17]]);
    expect(late.events[0]!.evidence.fact).toEqual({ kind: 'unpaid', days: 22 });
    expectAddsUp(m);
  });

  it('does not name the invoice paid on time, the praise, nor the complaint of a criterion that did not move', () => {
    // The third complaint leaves complaints fully raised (−20 before and after): no part in the move.
    expect(named(m)).toEqual(['2026-03-05 invoice']);
    // Adding F-4 first (0 late of 3) changes nothing, so it is not even counted among the others.
    expect(m.criteria[0]!.others).toBeNull();
    expect(m.criteria[0]!.time.exact).toBe(0);
  });

  it('counts new events the metric reads but that are not evidence, unnamed, when they moved it', () => {
    // One of three invoices late before March (F-1 paid 41 days late): 0.333 → severity
    // 0.5 + 0.5 × 0.1333/0.3 = 0.7222 → −21.67. In March only an on-time invoice: 1 of 4 → −17.5.
    const c2 = client(`name: A
${events(
  'date: 2025-12-01, type: invoice, ref: F-1, amount: 100, due: 2026-01-10, paid: 2026-02-20',
  'date: 2026-01-05, type: invoice, ref: F-2, amount: 100, due: 2026-02-01, paid: 2026-02-01',
  'date: 2026-01-06, type: invoice, ref: F-5, amount: 100, due: 2026-02-05, paid: 2026-02-05',
  'date: 2026-03-06, type: invoice, ref: F-4, amount: 100, due: 2026-03-15, paid: 2026-03-15',
)}`);
    const m2 = move(c2, INVOICES, '2026-03-01', '2026-04-01');
    // Fit 78.33 → 78, then 82.5 → 83: +5 for an exact +4.17.
    expect([m2.fitFrom, m2.fitTo, m2.rawChange]).toEqual([78, 83, 4.17]);
    const cm = m2.criteria[0]!;
    expect(cm.events).toEqual([]);
    expect(cm.others).toEqual({ count: 1, exact: 4.17, points: 5 });
    expect(cm.time.exact).toBe(0);
    expectAddsUp(m2);
  });
});

const COMPLAINTS = rubric(`
id: t
window: 3m
criteria:
  - {id: complaints, metric: complaints, warn: 1, flag: 2, weight: 40}
`);

describe('time alone', () => {
  it('an event leaving the window is time, not an event, even with new events of other types around', () => {
    // Window (2025-12-01, 2026-03-01] holds the December complaint (−20); by April 1 the window
    // starts 2026-01-01 and it is gone. March has only praise and an invoice.
    const c = client(`name: A
${events('date: 2025-12-15, type: complaint', 'date: 2026-03-10, type: praise', 'date: 2026-03-11, type: invoice, ref: F-1, amount: 10, due: 2026-04-10')}`);
    const m = move(c, COMPLAINTS, '2026-03-01', '2026-04-01');
    expect([m.fitFrom, m.fitTo]).toEqual([80, 100]);
    expect(m.criteria).toHaveLength(1);
    expect(m.criteria[0]).toMatchObject({ points: 20, events: [], more: null, others: null, time: { points: 20, exact: 20, reasons: [{ kind: 'left', count: 1 }] } });
    expect(named(m)).toEqual([]);
  });

  it('older events weighing less under a half-life is time too, and says so', () => {
    // Half-life 30d, warn 1, flag 2, weight 40: two complaints on 2026-02-25 weigh 2 × 0.5^(4/30)
    // = 1.8234 as of March 1 (severity 0.9117, −36.47: fit 63.53 → 64), and 2 × 0.5^(35/30) =
    // 0.8909 as of April 1 (below warn: 0, fit 100).
    const r = rubric(`
id: t
window: 3m
criteria:
  - {id: complaints, metric: complaints, warn: 1, flag: 2, weight: 40, half_life: 30d}
`);
    const c = client(`name: A\n${events('date: 2026-02-25, type: complaint', 'date: 2026-02-25, type: complaint')}`);
    const m = move(c, r, '2026-03-01', '2026-04-01');
    expect([m.fitFrom, m.fitTo, m.rawChange]).toEqual([64, 100, 36.47]);
    expect(m.criteria[0]!.time).toEqual({ points: 36, exact: 36.47, reasons: [{ kind: 'decay', halfLife: '30d' }] });
  });

  it('an invoice falling due and staying unpaid is time for lateness', () => {
    // Invoice F-1, sent in January, falls due on March 10 and is still unpaid on April 1.
    const r = rubric(`
id: t
window: 12m
criteria:
  - {id: late-payment, metric: late_invoice_ratio, warn: 0.2, flag: 0.5, weight: 30, min_evidence: 1}
`);
    const c = client(`name: A\n${events('date: 2026-01-10, type: invoice, ref: F-1, amount: 100, due: 2026-03-10')}`);
    const m = move(c, r, '2026-03-01', '2026-04-01');
    expect(m.change).toBe(-30);
    expect(m.criteria[0]!.events).toEqual([]);
    expect(m.criteria[0]!.time.reasons).toEqual([
      { kind: 'fellDue', count: 1 },
      { kind: 'unpaid', count: 1 },
    ]);
  });
});

describe('shares of new events', () => {
  it('adds the new evidence one event at a time, in date order: 5, 1.67, 1.66, 1.67 of a 10-point flag', () => {
    // warn 1, flag 4, weight 10: 1 complaint → 5, 2 → 6.67, 3 → 8.33, 4 → 10. Whole points by
    // largest remainder: floors −5, −2, −2, −2 (−11); the one unit back goes to the largest
    // remainder, 0.34 (the third, −1.66).
    const r = rubric(`
id: t
window: 3m
criteria:
  - {id: complaints, metric: complaints, warn: 1, flag: 4, weight: 10}
`);
    const c = client(`name: A\n${events('date: 2026-03-04, type: complaint', 'date: 2026-03-01, type: complaint', 'date: 2026-03-20, type: complaint', 'date: 2026-03-09, type: complaint')}`);
    const m = move(c, r, '2026-02-28', '2026-03-31');
    const cm = m.criteria[0]!;
    expect(cm.events.map((e) => [e.evidence.event.date, e.exact, e.points])).toEqual([
      ['2026-03-01', -5, -5],
      ['2026-03-04', -1.67, -2],
      ['2026-03-09', -1.66, -1],
      ['2026-03-20', -1.67, -2],
    ]);
    expectAddsUp(m);
  });

  it(`names at most ${MAX_NAMED_EVENTS} events per criterion, and adds the rest up as "N more"`, () => {
    // warn 1, flag 100, weight 99: the first complaint costs 49.5, each next one 0.5; 30 of them 64.
    const r = rubric(`
id: t
window: 3m
criteria:
  - {id: complaints, metric: complaints, warn: 1, flag: 100, weight: 99}
`);
    const dates = Array.from({ length: 30 }, (_, i) => `date: 2026-03-${String(1 + i).padStart(2, '0')}, type: complaint`);
    const m = move(client(`name: A\n${events(...dates)}`), r, '2026-02-28', '2026-03-31');
    const cm = m.criteria[0]!;
    expect(m.change).toBe(-64);
    expect(cm.events).toHaveLength(MAX_NAMED_EVENTS);
    expect(cm.events[0]!.exact).toBe(-49.5);
    expect(cm.events.slice(1).every((e) => e.exact === -0.5)).toBe(true);
    expect(cm.more).toMatchObject({ count: 5, exact: -2.5 });
    expectAddsUp(m);
  });
});

describe('whole points', () => {
  it('apportions by largest remainder across criteria: −1.4, −1.4, −1.2 is −1, −2, −1 (rounding each would say −3)', () => {
    const r = rubric(`
id: t
window: 3m
criteria:
  - {id: a, metric: complaints, warn: 0.5, flag: 1, weight: 1.4}
  - {id: b, metric: blame, warn: 0.5, flag: 1, weight: 1.4}
  - {id: c, metric: urgent_requests, warn: 0.5, flag: 1, weight: 1.2}
`);
    const c = client(`name: A\n${events('date: 2026-03-10, type: complaint', 'date: 2026-03-11, type: blame', 'date: 2026-03-12, type: urgent_request')}`);
    const m = move(c, r, '2026-03-01', '2026-04-01');
    // Fit 100 → 96: floors −2, −2, −2 leave two units for the remainders 0.8 (c) and the first 0.6 (a).
    expect(m.change).toBe(-4);
    expect(m.criteria.map((cm) => [cm.criterion.id, cm.exact, cm.points])).toEqual([
      ['a', -1.4, -1],
      ['b', -1.4, -2],
      ['c', -1.2, -1],
    ]);
    expectAddsUp(m);
  });

  it('scales to the change when the fit is held at 0, and says so', () => {
    // Urgency alone: fit 70. Then a complaint (−50) and blame (−40): 100 − 120 = −20, shown as 0.
    // The parts add up to −90 for a change of −70: scaled by 7/9 they are −38.89 and −31.11;
    // floors −39 and −32 leave a unit for the larger remainder (blame's 0.89): −39 and −31.
    const r = rubric(`
id: t
window: 3m
criteria:
  - {id: complaints, metric: complaints, warn: 0.5, flag: 1, weight: 50}
  - {id: blame, metric: blame, warn: 0.5, flag: 1, weight: 40}
  - {id: urgency, metric: urgent_requests, warn: 0.5, flag: 1, weight: 30}
`);
    const c = client(`name: A\n${events('date: 2026-02-10, type: urgent_request', 'date: 2026-03-10, type: complaint', 'date: 2026-03-11, type: blame')}`);
    const m = move(c, r, '2026-03-01', '2026-04-01');
    expect([m.fitFrom, m.fitTo, m.change, m.rawChange, m.clampedAt]).toEqual([70, 0, -70, -90, 0]);
    expect(m.criteria.map((cm) => [cm.criterion.id, cm.exact, cm.points])).toEqual([
      ['complaints', -50, -39],
      ['blame', -40, -31],
    ]);
    expect(m.criteria.map((cm) => cm.events.map((e) => e.points))).toEqual([[-39], [-31]]);
    expectAddsUp(m);
  });
});

describe('the shipped examples', () => {
  it('every move of every example adds up, weekly and monthly, and names only its criterion evidence', () => {
    const R = defaultRubric();
    for (const name of ['acme.yaml', 'brightpath.yaml', 'nordlicht.yaml']) {
      const c = exampleClient(name);
      for (const step of [7, 30]) {
        let prev = score(c, R, { asOf: '2025-06-01' });
        for (let d = new Date('2025-06-01'); d < new Date('2026-11-24'); ) {
          d = new Date(d.getTime() + step * 86_400_000);
          const next = score(c, R, { asOf: d.toISOString().slice(0, 10) });
          if (next.fit !== prev.fit) {
            const m = explainMove(prev, next);
            expectAddsUp(m);
            for (const cm of m.criteria) {
              const evidence = new Set(next.criteria.find((x) => x.criterion.id === cm.criterion.id)!.evidence.map((e) => e.event));
              for (const e of cm.events) {
                expect(evidence.has(e.evidence.event)).toBe(true);
                expect(e.evidence.event.date > prev.asOf && e.evidence.event.date <= next.asOf).toBe(true);
              }
            }
          }
          prev = next;
        }
      }
    }
  });
});

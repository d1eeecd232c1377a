import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Client } from '../../src/core/client.js';
import { addDaysIso, fromDate } from '../../src/core/dates.js';
import { buildRubric } from '../../src/core/rubric.js';
import type { ClientEvent } from '../../src/core/schema/event.js';
import type { Rubric } from '../../src/core/schema/rubric.js';
import { PROFILE_METRICS } from '../../src/core/metrics/index.js';
import { score } from '../../src/core/score.js';
import { parseYaml } from '../../src/core/yamlSource.js';

const ROOT = join(import.meta.dirname, '..', '..');
const rubric: Rubric = (() => {
  const p = parseYaml(readFileSync(join(ROOT, 'rubrics', 'default.yaml'), 'utf8'), 'builtin:default', 'rubric');
  if (!p.ok) throw new Error('default rubric does not parse');
  const r = buildRubric(p.src, null);
  if (!r.ok) throw new Error('default rubric does not build');
  return r.value;
})();

// Seeded so a failure can be replayed exactly.
const SEED = Number(process.env.FC_SEED ?? 20261124);
const RUNS = Number(process.env.FC_RUNS ?? 150);
const params = { seed: SEED, numRuns: RUNS };

const day = fc.integer({ min: 0, max: 900 }).map((n) => addDaysIso('2025-01-01', n));
const optDay = fc.option(day, { nil: undefined });

const event: fc.Arbitrary<Omit<ClientEvent, 'file' | 'line'>> = fc.oneof(
  // paid: a date, unknown (`true`, issue 15) or not yet; payments: partial payments (issue 15).
  fc.record(
    {
      date: day,
      type: fc.constant('invoice'),
      amount: fc.integer({ min: 0, max: 5000 }),
      due: day,
      paid: fc.oneof(optDay, fc.constant(true as const)),
      payments: fc.array(fc.record({ date: day, amount: fc.integer({ min: 1, max: 3000 }) }), { maxLength: 3 }),
    },
    { requiredKeys: ['date', 'type', 'amount', 'due'] },
  ),
  fc.record({ date: day, type: fc.constant('message'), answered: optDay }),
  fc.record({ date: day, type: fc.constant('work'), hours: fc.integer({ min: 0, max: 40 }), billable: fc.boolean() }),
  fc.record({ date: day, type: fc.constant('team_feedback'), mood: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ date: day, type: fc.constant('scope_change'), billed: fc.boolean() }),
  fc.record({ date: day, type: fc.constant('client_delay'), days: fc.integer({ min: 0, max: 30 }) }),
  fc.record({
    date: day,
    type: fc.constantFrom('complaint', 'fee_dispute', 'expertise_dismissed', 'urgent_request', 'terms_violation', 'blame', 'abuse', 'growth_declined', 'praise', 'my_custom'),
  }),
);

const clientArb = fc.record({
  events: fc.array(event, { maxLength: 40 }),
  rate: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
  in_niche: fc.option(fc.boolean(), { nil: undefined }),
  budget_fits: fc.option(fc.boolean(), { nil: undefined }),
});

type GenClient = typeof clientArb extends fc.Arbitrary<infer T> ? T : never;

function makeClient(c: GenClient): Client {
  return {
    id: 'p',
    name: 'P',
    file: 'p.yaml',
    profile: { name: 'P', contract: c.rate ? { rate: c.rate, rate_unit: 'hour' } : undefined, profile: { in_niche: c.in_niche, budget_fits: c.budget_fits } },
    // Every invoice has its own ref, as the schema requires.
    events: c.events.map((e, i) => ({ ...e, ...(e.type === 'invoice' ? { ref: `F-${i}` } : {}), file: 'p.yaml', line: i + 2 }) as ClientEvent),
    profileLines: {},
  };
}

const asOfArb = fc.integer({ min: 0, max: 1000 }).map((n) => addDaysIso('2025-01-01', n));

describe('score properties', () => {
  it('fit is always an integer from 0 to 100, and the same input gives the same report', () => {
    fc.assert(
      fc.property(clientArb, asOfArb, (c, asOf) => {
        const a = score(makeClient(c), rubric, { asOf });
        expect(Number.isInteger(a.fit)).toBe(true);
        expect(a.fit).toBeGreaterThanOrEqual(0);
        expect(a.fit).toBeLessThanOrEqual(100);
        expect(a.coverage).toBeGreaterThanOrEqual(0);
        expect(a.coverage).toBeLessThanOrEqual(1);
        const b = score(makeClient(c), rubric, { asOf });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      params,
    );
  });

  // Events that can only ever count against a client under the default rubric.
  const redFlag = fc.oneof(
    fc.record({ type: fc.constantFrom('complaint', 'fee_dispute', 'expertise_dismissed', 'urgent_request', 'terms_violation', 'blame', 'abuse', 'growth_declined') }),
    fc.record({ type: fc.constant('scope_change'), billed: fc.constant(false) }),
    fc.record({ type: fc.constant('client_delay'), days: fc.integer({ min: 1, max: 30 }) }),
    fc.record({ type: fc.constant('team_feedback'), mood: fc.constant(1) }),
  );

  it('adding a red-flag event never raises fit; adding praise never lowers it', () => {
    fc.assert(
      fc.property(clientArb, asOfArb, redFlag, fc.integer({ min: 0, max: 300 }), (c, asOf, flag, back) => {
        const client = makeClient(c);
        const base = score(client, rubric, { asOf });
        const date = addDaysIso(asOf, -back);
        const worse = { ...client, events: [...client.events, { ...flag, date, file: 'p.yaml', line: 999 } as ClientEvent] };
        expect(score(worse, rubric, { asOf }).fit).toBeLessThanOrEqual(base.fit);
        const better = { ...client, events: [...client.events, { type: 'praise', date, file: 'p.yaml', line: 999 } as ClientEvent] };
        expect(score(better, rubric, { asOf }).fit).toBeGreaterThanOrEqual(base.fit);
      }),
      params,
    );
  });

  it('past the end of every window, every event-based criterion is ok; profile ones do not depend on time', () => {
    fc.assert(
      fc.property(clientArb, asOfArb, (c, asOf) => {
        const client = makeClient(c);
        const dates = client.events.flatMap((e) =>
          [e.date, e.due, e.paid, e.answered, ...(e.payments ?? []).map((p) => p.date)].filter((d): d is string => typeof d === 'string'),
        );
        const last = dates.sort().at(-1) ?? '2025-01-01';
        // 12m window plus margin; the default rubric has no longer window.
        const later = fromDate(new Date(Date.UTC(Number(last.slice(0, 4)) + 2, Number(last.slice(5, 7)) - 1, 1)));
        const now = score(client, rubric, { asOf });
        const after = score(client, rubric, { asOf: later });
        for (const r of after.criteria) {
          if (PROFILE_METRICS.has(r.metricName)) {
            expect(r.status).toBe(now.criteria.find((x) => x.criterion.id === r.criterion.id)!.status);
          } else {
            expect(r.status).toBe('ok');
          }
        }
      }),
      params,
    );
  });
});

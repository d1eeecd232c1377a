/**
 * ofType (core/metrics/types.ts) answers from a per-type index with binary search: it must
 * give exactly what filtering every event gives — same events, same order — for sorted and
 * unsorted events, one type or several, and after the array grows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Client } from '../../src/core/client.js';
import { ofType } from '../../src/core/metrics/types.js';
import type { ClientEvent } from '../../src/core/schema/event.js';

const TYPES = ['invoice', 'work', 'praise', 'message', 'mine'];
const eventArb = fc.record({
  date: fc.integer({ min: 0, max: 60 }).map((d) => `2026-${String(Math.floor(d / 28) + 1).padStart(2, '0')}-${String((d % 28) + 1).padStart(2, '0')}`),
  type: fc.constantFrom(...TYPES),
});
const rangeArb = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 })).map(([a, b]) => {
  const iso = (d: number) => `2026-${String(Math.floor(d / 28) + 1).padStart(2, '0')}-${String((d % 28) + 1).padStart(2, '0')}`;
  return { start: iso(Math.min(a, b)), end: iso(Math.max(a, b)) };
});

const brute = (events: ClientEvent[], range: { start: string; end: string }, types: string[]) =>
  events.filter((e) => types.includes(e.type) && e.date > range.start && e.date <= range.end);

const clientOf = (events: ClientEvent[]) => ({ events }) as unknown as Client;

describe('ofType', () => {
  it('equals a filter over every event, sorted or not, for one type or several', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 80 }), fc.boolean(), rangeArb, fc.subarray(TYPES, { minLength: 1 }), (raw, sort, range, types) => {
        const events = raw.map((e, i) => ({ ...e, file: 'f', line: i + 1 }) as ClientEvent);
        if (sort) events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        const client = clientOf(events);
        expect(ofType({ client, range }, ...types)).toEqual(brute(events, range, types));
        // The same objects, not copies: evidence points at the client's events.
        for (const e of ofType({ client, range }, ...types)) expect(events).toContain(e);
      }),
      { numRuns: 300 },
    );
  });

  it('sees events added after a first call (the index is rebuilt when the array grows)', () => {
    const events: ClientEvent[] = [{ date: '2026-01-05', type: 'praise', file: 'f', line: 1 }];
    const client = clientOf(events);
    const range = { start: '2026-01-01', end: '2026-12-31' };
    expect(ofType({ client, range }, 'praise')).toHaveLength(1);
    events.push({ date: '2026-02-05', type: 'praise', file: 'f', line: 2 });
    expect(ofType({ client, range }, 'praise')).toHaveLength(2);
  });

  it('is fast on 200,000 events: a window of one type does not scan the rest', () => {
    const events = Array.from({ length: 200_000 }, (_, i) => ({ date: `20${String(10 + Math.floor(i / 20_000)).padStart(2, '0')}-01-01`, type: TYPES[i % 5]!, file: 'f', line: i }) as ClientEvent);
    const client = clientOf(events);
    ofType({ client, range: { start: '2000-01-01', end: '2001-01-01' } }, 'praise');
    const t = performance.now();
    for (let i = 0; i < 1000; i++) ofType({ client, range: { start: '2019-01-01', end: '2019-06-01' } }, 'praise', 'mine');
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

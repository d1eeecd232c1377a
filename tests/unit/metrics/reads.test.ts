/**
 * `Metric.reads` and `Metric.ageing` are promises `history` relies on to explain a move
 * cheaply: a metric computed on a client holding only the types it says it reads gives the
 * same result as on the whole client.
 */
import { describe, expect, it } from 'vitest';
import { METRICS } from '../../../src/core/metrics/index.js';
import { exampleClient } from '../explain/fixtures.js';
import { run } from '../build.js';

const DATES = ['2025-06-01', '2026-01-15', '2026-06-30', '2026-11-24'];

describe('Metric.reads', () => {
  it.each(Object.keys(METRICS))('%s: the types it reads are all it needs', (name) => {
    const m = METRICS[name]!;
    for (const file of ['acme.yaml', 'brightpath.yaml', 'nordlicht.yaml']) {
      const c = exampleClient(file);
      const only = { ...c, events: c.events.filter((e) => m.reads.includes(e.type)) };
      for (const asOf of DATES) {
        for (const halfLife of [undefined, '90d']) {
          expect(run(name, only, asOf, { halfLife, targetRate: 50, graceDays: 3 })).toEqual(run(name, c, asOf, { halfLife, targetRate: 50, graceDays: 3 }));
        }
      }
    }
  });

  it('a metric that weighs events by age says it decays; one that does not, does not', () => {
    const c = exampleClient('acme.yaml');
    for (const [name, m] of Object.entries(METRICS)) {
      const plain = run(name, c, '2026-06-30', { targetRate: 50 }).value;
      const weighted = run(name, c, '2026-06-30', { targetRate: 50, halfLife: '30d' }).value;
      // Where a half-life changes the value, the metric must list `decay` (the converse needs data it may lack).
      if (plain !== weighted) expect(m.ageing, name).toContain('decay');
      if (!m.ageing.includes('decay')) expect(weighted, name).toBe(plain);
    }
  });
});

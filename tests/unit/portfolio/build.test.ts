import { describe, expect, it } from 'vitest';
import { buildPortfolio } from '../../../src/core/portfolio/build.js';
import { CONCENTRATION_SHARE } from '../../../src/core/portfolio/concentration.js';
import { REVIEW_FIRST_MAX } from '../../../src/core/portfolio/reviewFirst.js';
import { summary } from './summaries.js';

const rubric = { id: 'default', file: 'builtin:default', window: '12m', criteria: [], bands: { keep: 75, review: 45 } };

describe('buildPortfolio', () => {
  it('ranks, counts verdicts and gives each row its share', () => {
    const p = buildPortfolio({
      asOf: '2026-11-24',
      rubric,
      clients: [
        summary({ id: 'keep', fit: 100, revenue: 6000 }),
        summary({ id: 'exit', fit: 10, verdict: 'exit', revenue: 3000 }),
        summary({ id: 'review', fit: 60, verdict: 'review', revenue: 1000 }),
      ],
    });
    expect(p.rows.map((r) => [r.rank, r.id, r.revenueShare])).toEqual([
      [1, 'exit', 0.3],
      [2, 'review', 0.1],
      [3, 'keep', 0.6],
    ]);
    expect(p.counts).toEqual({ keep: 1, review: 1, exit: 1 });
    expect(p.totals).toEqual({ revenue: 10000, currency: 'EUR', byCurrency: [{ currency: 'EUR', revenue: 10000, clients: 3 }] });
  });

  it(`warns about any client carrying ${CONCENTRATION_SHARE * 100}% or more, largest first`, () => {
    const p = buildPortfolio({
      asOf: '2026-11-24',
      rubric,
      clients: [
        summary({ id: 'big', revenue: 5000 }),
        summary({ id: 'edge', fit: 40, verdict: 'exit', revenue: 3000 }),
        summary({ id: 'small', revenue: 2000 }),
      ],
    });
    // 5000/10000 = 0.5 and 3000/10000 = 0.3 (exactly at the threshold); 0.2 is below
    expect(p.concentration.map((c) => [c.row.id, c.share])).toEqual([
      ['big', 0.5],
      ['edge', 0.3],
    ]);
  });

  it('does not judge concentration for one client, nor for a currency with a single client among several', () => {
    expect(buildPortfolio({ asOf: '2026-11-24', rubric, clients: [summary({ id: 'only', revenue: 100 })] }).concentration).toEqual([]);
    const p = buildPortfolio({
      asOf: '2026-11-24',
      rubric,
      clients: [summary({ id: 'a', revenue: 100 }), summary({ id: 'b', revenue: 100 }), summary({ id: 'gbp', revenue: 50, currency: 'GBP' })],
    });
    expect(p.concentration.map((c) => c.row.id)).toEqual(['a', 'b']);
  });

  it('lists dealbreakers, then exits, then reviews to look at first, never keeps', () => {
    const clients = [
      summary({ id: 'keep', fit: 90 }),
      summary({ id: 'review40', fit: 50, verdict: 'review' }),
      summary({ id: 'exit30', fit: 30, verdict: 'exit' }),
      // fit 80 but abusive: first in the list, though not first in the table
      summary({ id: 'abuse', fit: 80, verdict: 'exit', dealbreakers: ['abuse'] }),
    ];
    const p = buildPortfolio({ asOf: '2026-11-24', rubric, clients });
    expect(p.rows.map((r) => r.id)).toEqual(['exit30', 'review40', 'abuse', 'keep']);
    expect(p.reviewFirst.map((r) => r.id)).toEqual(['abuse', 'exit30', 'review40']);
    expect(p.reviewMore).toBe(0);
  });

  it(`names at most ${REVIEW_FIRST_MAX} and counts the rest`, () => {
    const clients = Array.from({ length: 8 }, (_, i) => summary({ id: `c${i}`, fit: 50 + i, verdict: 'review' }));
    const p = buildPortfolio({ asOf: '2026-11-24', rubric, clients });
    expect(p.reviewFirst.map((r) => r.id)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(p.reviewMore).toBe(3);
  });
});

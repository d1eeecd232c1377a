import { describe, expect, it } from 'vitest';
import { rankClients } from '../../../src/core/portfolio/rank.js';
import { summary } from './summaries.js';

describe('rankClients', () => {
  it('puts the worst fit first', () => {
    const r = rankClients([summary({ id: 'a', fit: 90 }), summary({ id: 'b', fit: 20, verdict: 'exit' }), summary({ id: 'c', fit: 60, verdict: 'review' })]);
    expect(r.map((c) => c.id)).toEqual(['b', 'c', 'a']);
  });

  it('breaks ties by verdict, then points lost, then name, then file', () => {
    const r = rankClients([
      summary({ id: 'keep80', fit: 80, name: 'A' }),
      // same fit, but a dealbreaker made it an exit: it comes first
      summary({ id: 'exit80', fit: 80, verdict: 'exit', name: 'Z' }),
      // fit 0 for both; 140 points lost is worse than 110
      summary({ id: 'lost110', fit: 0, verdict: 'exit', pointsLost: 110, name: 'A' }),
      summary({ id: 'lost140', fit: 0, verdict: 'exit', pointsLost: 140, name: 'B' }),
      // same everything: name, then file decide
      summary({ id: 'n2', fit: 50, verdict: 'review', name: 'Same', file: 'b.yaml' }),
      summary({ id: 'n1', fit: 50, verdict: 'review', name: 'Same', file: 'a.yaml' }),
    ]);
    expect(r.map((c) => c.id)).toEqual(['lost140', 'lost110', 'n1', 'n2', 'exit80', 'keep80']);
  });

  it('does not change its input', () => {
    const input = [summary({ id: 'a', fit: 90 }), summary({ id: 'b', fit: 10 })];
    rankClients(input);
    expect(input.map((c) => c.id)).toEqual(['a', 'b']);
  });
});

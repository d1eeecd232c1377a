import type { ClientSummary } from '../../../src/core/portfolio/types.js';

/** A client summary with sensible defaults, for the portfolio's pure tests. */
export function summary(over: Partial<ClientSummary> & { id: string }): ClientSummary {
  return {
    name: over.id.toUpperCase(),
    file: `clients/${over.id}.yaml`,
    fit: 100,
    verdict: 'keep',
    pointsLost: 0,
    revenue: 0,
    currency: 'EUR',
    flags: [],
    dealbreakers: [],
    warnings: [],
    ...over,
  };
}

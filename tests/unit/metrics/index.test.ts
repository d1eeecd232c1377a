/** The metric registry: exactly the design's built-in metric names, and safe look-ups. */
import { describe, expect, it } from 'vitest';
import { METRIC_NAMES, METRICS, metricFor, PROFILE_METRICS } from '../../../src/core/metrics/index.js';

/** DESIGN.md, "Built-in metrics" (names are part of the contract). */
const DESIGN_METRICS = [
  'late_invoice_ratio',
  'days_late_avg',
  'overdue_amount',
  'fee_disputes',
  'complaints',
  'expertise_dismissed',
  'urgent_requests',
  'terms_violations',
  'blame',
  'abuse',
  'growth_declined',
  'unbilled_scope_changes',
  'client_delay_days',
  'unanswered_ratio',
  'response_days_median',
  'effective_rate_ratio',
  'unbillable_hours_ratio',
  'team_mood_avg',
  'in_niche',
  'within_skills',
  'budget_fits',
];

describe('metric registry', () => {
  it('holds exactly the built-in metrics of the design', () => {
    expect([...METRIC_NAMES].sort()).toEqual([...DESIGN_METRICS].sort());
  });

  it('marks only the profile metrics as unwindowed', () => {
    expect([...PROFILE_METRICS].sort()).toEqual(['budget_fits', 'in_niche', 'within_skills']);
  });

  it('finds every metric by name and refuses unknown or inherited names', () => {
    for (const name of DESIGN_METRICS) expect(metricFor(name)).toBe(METRICS[name]);
    for (const name of ['late_invoice', 'toString', '__proto__', 'constructor', 'hasOwnProperty', '']) expect(metricFor(name)).toBeUndefined();
  });

  it('builds a count metric for {count: [...]}', () => {
    expect(metricFor({ count: ['x', 'y'] })?.unit).toBe('count');
  });

  it('is frozen', () => {
    expect(Object.isFrozen(METRICS)).toBe(true);
  });
});

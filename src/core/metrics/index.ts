import { clientDelayDays } from './clientDelayDays.js';
import { countEvents } from './countEvents.js';
import { daysLateAvg } from './daysLateAvg.js';
import { effectiveRateRatio } from './effectiveRateRatio.js';
import { lateInvoiceRatio } from './lateInvoiceRatio.js';
import { overdueAmount } from './overdueAmount.js';
import { profileFlag } from './profileFlag.js';
import { responseDaysMedian } from './responseDaysMedian.js';
import { teamMoodAvg } from './teamMoodAvg.js';
import { unansweredRatio } from './unansweredRatio.js';
import { unbillableHoursRatio } from './unbillableHoursRatio.js';
import { unbilledScopeChanges } from './unbilledScopeChanges.js';
import type { Metric } from './types.js';

/** Every built-in metric by its contract name (DESIGN.md, "Built-in metrics"). */
export const METRICS: Readonly<Record<string, Metric>> = Object.freeze({
  late_invoice_ratio: lateInvoiceRatio,
  days_late_avg: daysLateAvg,
  overdue_amount: overdueAmount,
  fee_disputes: countEvents('fee_dispute'),
  complaints: countEvents('complaint'),
  expertise_dismissed: countEvents('expertise_dismissed'),
  urgent_requests: countEvents('urgent_request'),
  terms_violations: countEvents('terms_violation'),
  blame: countEvents('blame'),
  abuse: countEvents('abuse'),
  growth_declined: countEvents('growth_declined'),
  unbilled_scope_changes: unbilledScopeChanges,
  client_delay_days: clientDelayDays,
  unanswered_ratio: unansweredRatio,
  response_days_median: responseDaysMedian,
  effective_rate_ratio: effectiveRateRatio,
  unbillable_hours_ratio: unbillableHoursRatio,
  team_mood_avg: teamMoodAvg,
  in_niche: profileFlag('in_niche'),
  within_skills: profileFlag('within_skills'),
  budget_fits: profileFlag('budget_fits'),
});

export const METRIC_NAMES = Object.keys(METRICS);

/** Metrics that read the profile, not dated events: no window applies. */
export const PROFILE_METRICS = new Set(['in_niche', 'within_skills', 'budget_fits']);

export function metricFor(ref: string | { count: string[] }): Metric | undefined {
  if (typeof ref === 'string') return Object.hasOwn(METRICS, ref) ? METRICS[ref] : undefined;
  return countEvents(...ref.count);
}

export type { Ageing, Metric, MetricContext, MetricResult, Evidence, Fact, MetricUnit } from './types.js';

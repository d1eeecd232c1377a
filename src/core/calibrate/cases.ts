import type { Client } from '../client.js';
import { shiftIso, type IsoDate, type Window } from '../dates.js';
import type { Finding } from '../lint/types.js';
import type { OutcomeLabel } from '../schema/client.js';
import type { Rubric } from '../schema/rubric.js';
import { outcome, round2, score, severity, type Status, type Verdict } from '../score.js';

/** One criterion of a labelled client at its cut-off: what it takes to score it again under changed weights or thresholds. */
export interface CaseCriterion {
  id: string;
  value: number | null;
  status: Status;
  /** min(1, n ÷ min_evidence), unrounded: the severity is scaled by it. */
  factor: number;
}

/**
 * A labelled client scored as of its outcome date minus the lead: what could have been
 * known in time. Small and plain, so it crosses between threads.
 */
export interface CalibrationCase {
  id: string;
  name: string;
  file: string;
  label: OutcomeLabel;
  outcomeDate: IsoDate;
  /** The cut-off: outcome date − lead. Nothing dated after it counts. */
  asOf: IsoDate;
  /** Events dated on or before the cut-off. */
  known: number;
  fit: number;
  verdict: Verdict;
  /** In the rubric's order. */
  criteria: CaseCriterion[];
}

/** Why a labelled client is left out of the calibration. */
export type SkipReason = 'future-outcome' | 'nothing-known';

export type CaseResult =
  | { kind: 'case'; file: string; warnings: Finding[]; case: CalibrationCase }
  | { kind: 'skipped'; id: string; file: string; label: OutcomeLabel; outcomeDate: IsoDate; asOf: IsoDate; reason: SkipReason; warnings: Finding[] }
  | { kind: 'unlabelled'; id: string; file: string; warnings: Finding[] };

export interface CaseOptions {
  lead: Window;
  /** Today: an outcome after it has not happened yet. */
  today: IsoDate;
  targetRate?: number;
}

/**
 * Scores a client with an `outcome` as of `outcome.date − lead`. A client without one is
 * unlabelled; one whose outcome is still ahead, or with nothing logged by the cut-off
 * (its score would be made of silence), is skipped and says why.
 */
export function calibrationCase(client: Client, rubric: Rubric, o: CaseOptions): CaseResult {
  const warnings = client.dataQuality?.warnings ?? [];
  const oc = client.profile.outcome;
  if (!oc) return { kind: 'unlabelled', id: client.id, file: client.file, warnings };
  const asOf = shiftIso(oc.date, -o.lead.n, o.lead.unit);
  const base = { id: client.id, file: client.file, label: oc.label, outcomeDate: oc.date, asOf, warnings };
  if (oc.date > o.today) return { kind: 'skipped', ...base, reason: 'future-outcome' };
  let known = 0;
  for (const e of client.events) if (e.date <= asOf) known++;
  if (!known) return { kind: 'skipped', ...base, reason: 'nothing-known' };
  const r = score(client, rubric, { asOf, targetRate: o.targetRate });
  return {
    kind: 'case',
    file: client.file,
    warnings,
    case: {
      id: client.id,
      name: client.name,
      file: client.file,
      label: oc.label,
      outcomeDate: oc.date,
      asOf,
      known,
      fit: r.fit,
      verdict: r.verdict,
      criteria: r.criteria.map((c) => ({
        id: c.criterion.id,
        value: c.value,
        status: c.status,
        factor: c.value === null || c.minEvidence === 0 ? 1 : Math.min(1, c.n / c.minEvidence),
      })),
    },
  };
}

/** A client's fit and verdict under a rubric with changed weights or thresholds: score.ts's formula, without computing the metrics again. */
export function rescore(c: CalibrationCase, rubric: Rubric): { fit: number; verdict: Verdict } {
  const criteria = rubric.criteria.map((cr, i) => {
    const cc = c.criteria[i]!;
    const sev = severity(cc.value, cr.warn, cr.flag) * cc.factor;
    return { criterion: cr, severity: round2(sev), pointsLost: round2(cr.weight * sev) };
  });
  const { fit, verdict } = outcome(criteria, rubric.bands);
  return { fit, verdict };
}

/** The rubric's verdict read as a prediction: exit or review means "bad". */
export const predictsBad = (v: Verdict): boolean => v !== 'keep';

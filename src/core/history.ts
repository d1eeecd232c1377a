import type { Client } from './client.js';
import { parseWindow, shiftIso, type IsoDate, type Window } from './dates.js';
import { explainMove, type Move } from './moves.js';
import type { Rubric } from './schema/rubric.js';
import { score, type Report, type Verdict } from './score.js';

export interface HistoryPoint {
  asOf: IsoDate;
  fit: number;
  verdict: Verdict;
}

export interface History {
  client: Client;
  points: HistoryPoint[];
  /** Every move with a change, in date order, or the biggest first when only some were asked for. */
  moves: Move[];
}

export const MAX_STEPS = 500;

/** Dates from `from` every `every` up to `asOf`; as-of is always the last point. */
export function steps(from: IsoDate, asOf: IsoDate, every: Window): IsoDate[] {
  const out: IsoDate[] = [];
  for (let i = 0; ; i++) {
    // Always step from the start date, so month ends don't drift (Jan 31 → Feb 28 → Mar 31).
    const d = shiftIso(from, i * every.n, every.unit);
    if (d >= asOf || out.length > MAX_STEPS) break;
    out.push(d);
  }
  out.push(asOf);
  return out;
}

/** Default start of a history: one rubric window before as-of. */
export function defaultFrom(asOf: IsoDate, rubric: Rubric): IsoDate {
  const w = parseWindow(rubric.window)!;
  return shiftIso(asOf, -w.n, w.unit);
}

/**
 * Scores the client as of each step and explains the moves between consecutive points where
 * the fit changed (moves.ts): `moves: 'all'` every one in date order, a number N the N biggest
 * (by how far the fit moved, earliest first on a tie), 0 none. Explaining a move scores
 * its changed criteria again on copies of the client, so only the moves shown are explained.
 */
export function history(client: Client, rubric: Rubric, dates: IsoDate[], opts: { targetRate?: number; moves?: number | 'all' } = {}): History {
  const reports: Report[] = dates.map((asOf) => score(client, rubric, { asOf, targetRate: opts.targetRate }));
  const points = reports.map((r) => ({ asOf: r.asOf, fit: r.fit, verdict: r.verdict }));
  const want = opts.moves ?? 3;
  let at = reports.flatMap((b, i) => (i > 0 && b.fit !== reports[i - 1]!.fit ? [i] : []));
  if (want !== 'all') {
    const size = (i: number) => Math.abs(reports[i]!.fit - reports[i - 1]!.fit);
    at = at.sort((x, y) => size(y) - size(x) || x - y).slice(0, want);
  }
  const moves = at.map((i) => explainMove(reports[i - 1]!, reports[i]!, { targetRate: opts.targetRate }));
  return { client, points, moves };
}

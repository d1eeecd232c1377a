import type { Client } from './client.js';
import { parseWindow, shiftIso, type IsoDate, type Window } from './dates.js';
import type { Evidence } from './metrics/index.js';
import type { Rubric } from './schema/rubric.js';
import { score, type Report, type Verdict } from './score.js';

export interface HistoryPoint {
  asOf: IsoDate;
  fit: number;
  verdict: Verdict;
}

/** A step between two points where the fit moved, with the events dated in between that fed it. */
export interface HistoryMove {
  from: IsoDate;
  to: IsoDate;
  fitFrom: number;
  fitTo: number;
  events: Evidence[];
}

export interface History {
  client: Client;
  points: HistoryPoint[];
  moves: HistoryMove[];
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

const key = (e: Evidence) => `${e.event.file}:${e.event.line}`;

/**
 * Scores the client as of each step and finds the biggest moves: for each, the events dated
 * between the two steps that appear in the evidence of a criterion whose points changed.
 */
export function history(client: Client, rubric: Rubric, dates: IsoDate[], opts: { targetRate?: number; topMoves?: number } = {}): History {
  const reports: Report[] = dates.map((asOf) => score(client, rubric, { asOf, targetRate: opts.targetRate }));
  const points = reports.map((r) => ({ asOf: r.asOf, fit: r.fit, verdict: r.verdict }));
  const moves: HistoryMove[] = [];
  for (let i = 1; i < reports.length; i++) {
    const a = reports[i - 1]!;
    const b = reports[i]!;
    if (a.fit === b.fit) continue;
    const seen = new Set<string>();
    const events: Evidence[] = [];
    b.criteria.forEach((cb, j) => {
      const ca = a.criteria[j]!;
      // Criteria whose points did not change contribute no events to a move.
      if (ca.pointsLost === cb.pointsLost) return;
      for (const ev of [...cb.evidence, ...ca.evidence]) {
        if (!(ev.event.date > a.asOf && ev.event.date <= b.asOf) || seen.has(key(ev))) continue;
        seen.add(key(ev));
        events.push(ev);
      }
    });
    events.sort((x, y) => (x.event.date < y.event.date ? -1 : x.event.date > y.event.date ? 1 : 0));
    moves.push({ from: a.asOf, to: b.asOf, fitFrom: a.fit, fitTo: b.fit, events });
  }
  moves.sort((x, y) => Math.abs(y.fitTo - y.fitFrom) - Math.abs(x.fitTo - x.fitFrom) || (x.from < y.from ? -1 : 1));
  return { client, points, moves: moves.slice(0, opts.topMoves ?? 3) };
}

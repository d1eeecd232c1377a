import type { Verdict } from '../score.js';
import type { ClientSummary } from './types.js';

const VERDICT_ORDER: Record<Verdict, number> = { exit: 0, review: 1, keep: 2 };

/** Code-point order: the same on every machine, unlike locale collation. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Worst first: lower fit; at equal fit the worse verdict (a dealbreaker makes an exit),
 * then more points lost (fit is clamped at 0), then name and file so the order is total.
 */
export function compareClients(a: ClientSummary, b: ClientSummary): number {
  return (
    a.fit - b.fit ||
    VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] ||
    b.pointsLost - a.pointsLost ||
    cmp(a.name, b.name) ||
    cmp(a.file, b.file)
  );
}

export function rankClients<T extends ClientSummary>(clients: readonly T[]): T[] {
  return [...clients].sort(compareClients);
}

import type { Rubric } from './schema/rubric.js';
import { THEMES } from './schema/rubric.js';

export interface WeightRow {
  id: string;
  theme: string;
  weight: number;
  /** weight ÷ total weight; the rows' shares sum to 1. */
  share: number;
  /** Most points this criterion can take off the fit on its own. */
  maxPoints: number;
  dealbreaker: boolean;
}

export interface ThemeGroup {
  theme: string;
  weight: number;
  share: number;
  rows: WeightRow[];
}

/** Each criterion's share of the rubric's total weight, grouped by theme in the design's order. */
export function weights(rubric: Rubric): { rows: WeightRow[]; groups: ThemeGroup[]; total: number } {
  const total = rubric.criteria.reduce((s, c) => s + c.weight, 0);
  const rows = rubric.criteria.map((c) => ({
    id: c.id,
    theme: c.theme ?? 'other',
    weight: c.weight,
    share: total > 0 ? c.weight / total : 0,
    maxPoints: Math.min(100, c.weight),
    dealbreaker: c.dealbreaker,
  }));
  const order = [...THEMES, 'other'];
  const groups = order
    .map((theme) => {
      const rs = rows.filter((r) => r.theme === theme);
      const weight = rs.reduce((s, r) => s + r.weight, 0);
      return { theme, weight, share: total > 0 ? weight / total : 0, rows: rs };
    })
    .filter((g) => g.rows.length);
  return { rows, groups, total };
}

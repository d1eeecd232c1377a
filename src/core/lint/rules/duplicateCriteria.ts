import { placeOf, records, report } from '../place.js';
import type { Rule } from '../types.js';
import { M } from '../../i18n/msg.js';

/** Two criteria with one id: the merge keeps only one of them, silently. */
export const duplicateCriteria: Rule = (ctx) => {
  const first = new Map<string, number>();
  for (const [c, i] of records(ctx.data.criteria)) {
    if (typeof c.id !== 'string') continue;
    const seen = first.get(c.id);
    if (seen === undefined) first.set(c.id, i);
    else report(ctx, ['criteria', i, 'id'], 'duplicate-criterion', 'error', M.lint.duplicateCriterion(c.id, placeOf(ctx.src, ['criteria', seen, 'id']).line));
  }
};

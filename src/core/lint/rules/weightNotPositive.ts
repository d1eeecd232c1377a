import { ownCriteria } from '../criteria.js';
import { report } from '../place.js';
import type { Rule } from '../types.js';
import { M } from '../../i18n/msg.js';

/** A weight is the points a raised criterion takes off: 0 does nothing, a negative one adds points. */
export const weightNotPositive: Rule = (ctx) => {
  for (const c of ownCriteria(ctx)) {
    const w = c.eff.weight;
    if (typeof w !== 'number' || w > 0) continue;
    report(ctx, ['criteria', c.index, c.own.weight !== undefined ? 'weight' : 'id'], 'weight-not-positive', 'error', M.lint.weightNotPositive(c.id ?? '?', w));
  }
};

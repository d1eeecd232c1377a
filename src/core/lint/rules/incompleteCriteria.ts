import { ownCriteria, parentKnown } from '../criteria.js';
import { report } from '../place.js';
import type { Rule } from '../types.js';
import { M } from '../../i18n/msg.js';

const REQUIRED = ['metric', 'warn', 'flag', 'weight'] as const;

/**
 * After `extends`, every criterion needs a metric, warn, flag and weight, its own or
 * inherited by id. Skipped when the parent could not be read: the `extends` finding says why.
 */
export const incompleteCriteria: Rule = (ctx) => {
  if (!parentKnown(ctx)) return;
  for (const c of ownCriteria(ctx)) {
    if (c.id === undefined) continue;
    for (const f of REQUIRED) {
      if (c.eff[f] === undefined) {
        report(ctx, ['criteria', c.index], 'incomplete-criterion', 'error', M.lint.incomplete(c.id, f));
      }
    }
  }
};

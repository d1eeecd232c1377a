import { ownCriteria } from '../criteria.js';
import { report } from '../place.js';
import type { Rule } from '../types.js';
import { M } from '../../i18n/msg.js';

/**
 * Severity ramps from warn to flag; with both equal the ramp has no width and the
 * direction (higher or lower is worse) is undefined (see rubrics/default.yaml, abuse).
 */
export const warnEqualsFlag: Rule = (ctx) => {
  for (const c of ownCriteria(ctx)) {
    const { warn, flag } = c.eff;
    if (typeof warn !== 'number' || warn !== flag) continue;
    const at = c.own.warn !== undefined ? 'warn' : c.own.flag !== undefined ? 'flag' : 'id';
    report(ctx, ['criteria', c.index, at], 'warn-equals-flag', 'error', M.lint.warnEqualsFlag(c.id ?? '?', warn));
  }
};

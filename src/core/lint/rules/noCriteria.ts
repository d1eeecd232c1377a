import { report } from '../place.js';
import type { Rule } from '../types.js';
import { M } from '../../i18n/msg.js';

/**
 * A rubric with nothing to weigh scores every client 100. With `extends`, the parent's
 * criteria count (checked when the rubric is built, since only then are they known).
 */
export const noCriteria: Rule = (ctx) => {
  if (typeof ctx.data.extends === 'string' && ctx.data.extends) return;
  const c = ctx.data.criteria;
  if (c !== undefined && c !== null && !(Array.isArray(c) && c.length === 0)) return;
  report(ctx, c === undefined ? [] : ['criteria'], 'no-criteria', 'error', M.lint.withExpected(M.t.err.rubricNoCriteria, M.t.err.rubricNoCriteriaExpected));
};

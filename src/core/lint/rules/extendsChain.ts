import { report } from '../place.js';
import type { Rule } from '../types.js';

/** What the command layer found when it followed `extends`. */
export const extendsChain: Rule = (ctx) => {
  const p = ctx.parent;
  if (!p || p.status === 'none' || p.status === 'ok') return;
  const expected = ` (${ctx.m.expected}: ${ctx.t.err.extendsExpected})`;
  const message =
    p.status === 'missing'
      ? (p.builtin ? ctx.m.extendsBadBuiltin(p.ref) : ctx.t.err.extendsMissing(p.ref)) + expected
      : p.status === 'loop'
        ? ctx.m.extendsLoop(p.chain.join(' → '))
        : ctx.m.extendsInvalid(p.ref, p.where, p.message);
  report(ctx, ['extends'], 'extends', 'error', message);
};

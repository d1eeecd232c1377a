import { report } from '../place.js';
import type { Rule } from '../types.js';
import { M } from '../../i18n/msg.js';

/** What the command layer found when it followed `extends`. */
export const extendsChain: Rule = (ctx) => {
  const p = ctx.parent;
  if (!p || p.status === 'none' || p.status === 'ok') return;
  const message =
    p.status === 'missing'
      ? M.lint.withExpected(p.builtin ? M.lint.extendsBadBuiltin(p.ref) : M.t.err.extendsMissing(p.ref), M.t.err.extendsExpected)
      : p.status === 'loop'
        ? M.lint.extendsLoop(p.chain.join(' → '))
        : p.status === 'refused'
          ? p.expected
            ? M.lint.withExpected(p.message, p.expected)
            : p.message
          : M.lint.extendsInvalid(p.ref, p.where, p.message);
  report(ctx, ['extends'], 'extends', 'error', message);
};

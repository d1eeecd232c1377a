import { parseWindow } from '../../dates.js';
import { records, report, type Path } from '../place.js';
import type { LintContext, Rule } from '../types.js';
import { M } from '../../i18n/msg.js';

function check(ctx: LintContext, value: unknown, path: Path): void {
  if (typeof value === 'string' && !parseWindow(value)) {
    report(ctx, path, 'bad-window', 'error', M.lint.withExpected(M.t.err.badWindow(value), M.t.err.badWindowExpected));
  }
}

/**
 * `window: 12 months` cannot be read; the rubric's and each criterion's are checked, and a
 * criterion's `half_life`, which is written the same way (scoring refuses a bad one too).
 */
export const badWindows: Rule = (ctx) => {
  check(ctx, ctx.data.window, ['window']);
  for (const [c, i] of records(ctx.data.criteria)) {
    check(ctx, c.window, ['criteria', i, 'window']);
    check(ctx, c.half_life, ['criteria', i, 'half_life']);
  }
};

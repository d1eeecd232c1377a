import { report } from '../place.js';
import type { Rule } from '../types.js';
import { M } from '../../i18n/msg.js';

/**
 * The same log file listed twice under `logs:` (again, under another spelling, or through a
 * link to it): it is read and counted once — counting it twice would double every invoice —
 * and the repeated entry is a warning, so the user sees what was dropped.
 */
export const duplicateLogs: Rule = (ctx) => {
  for (const log of ctx.logs ?? []) {
    if (log.status !== 'duplicate') continue;
    const message =
      log.first < 0 ? M.lint.duplicateLogSelf(log.ref) : log.ref === log.firstRef ? M.lint.duplicateLogRepeated(log.ref) : M.lint.duplicateLog(log.ref, log.firstRef);
    report(ctx, ['logs', log.index], 'duplicate-log', 'warning', M.lint.withHint(message, M.lint.duplicateLogHint));
  }
};

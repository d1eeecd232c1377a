import { report } from '../place.js';
import type { Rule } from '../types.js';
import { M } from '../../i18n/msg.js';

/**
 * A `logs:` entry that does not exist, cannot be read, or lies outside the workspace makes
 * `score` refuse the client (the command checked the disk).
 */
export const missingLogs: Rule = (ctx) => {
  for (const log of ctx.logs ?? []) {
    const path = ['logs', log.index];
    if (log.status === 'missing') report(ctx, path, 'missing-log', 'error', M.lint.withExpected(M.t.err.missingLog(log.shown), M.t.err.missingLogExpected));
    else if (log.status === 'unreadable') report(ctx, path, 'missing-log', 'error', M.lint.unreadableLog(log.shown, log.detail ?? ''));
    else if (log.status === 'outside') {
      report(ctx, path, 'log-outside-workspace', 'error', M.lint.withExpected(M.t.err.logOutside(log.shown, log.workspace), M.t.err.outsideExpected(log.workspace)));
    }
  }
};

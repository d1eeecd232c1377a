import { report } from '../place.js';
import type { Rule } from '../types.js';

/** A `logs:` entry that does not exist makes `score` refuse the client (the command checked the disk). */
export const missingLogs: Rule = (ctx) => {
  for (const log of ctx.logs ?? []) {
    const path = ['logs', log.index];
    if (log.status === 'missing') report(ctx, path, 'missing-log', 'error', `${ctx.t.err.missingLog(log.shown)} (${ctx.m.expected}: ${ctx.t.err.missingLogExpected})`);
    else if (log.status === 'unreadable') report(ctx, path, 'missing-log', 'error', ctx.m.unreadableLog(log.shown, log.detail ?? ''));
  }
};

import { METRIC_NAMES } from '../../metrics/index.js';
import { BUILTIN_EVENT_TYPES } from '../../schema/event.js';
import { closest } from '../../similar.js';
import { asRecord, records, report } from '../place.js';
import type { Rule } from '../types.js';
import { M } from '../../i18n/msg.js';

/**
 * A metric name must be a built-in one (with the nearest name as a hint). In
 * `{count: [types]}` custom types are fine, but one close to a built-in type is likely a typo.
 */
export const unknownMetric: Rule = (ctx) => {
  for (const [c, i] of records(ctx.data.criteria)) {
    const metric = c.metric;
    if (typeof metric === 'string' && metric && !METRIC_NAMES.includes(metric)) {
      const hint = closest(metric, METRIC_NAMES);
      report(ctx, ['criteria', i, 'metric'], 'unknown-metric', 'error', M.t.err.unknownMetric(metric, hint ?? ''));
    }
    const count = asRecord(metric)?.count;
    if (!Array.isArray(count)) continue;
    count.forEach((type, j) => {
      if (typeof type !== 'string' || (BUILTIN_EVENT_TYPES as string[]).includes(type)) return;
      const hint = closest(type, BUILTIN_EVENT_TYPES);
      if (hint) report(ctx, ['criteria', i, 'metric', 'count', j], 'unknown-event-type', 'warning', M.lint.unknownCountType(type, hint));
    });
  }
};

import { isRealDate } from '../../dates.js';
import { rawEvents, str } from '../events.js';
import { report } from '../place.js';
import type { Rule } from '../types.js';
import { M } from '../../i18n/msg.js';

/** Per type, the dates that cannot come before the event's own `date`. */
const AFTER_DATE: Record<string, string[]> = { invoice: ['due', 'paid'], message: ['answered'] };

/**
 * An invoice paid or due before it was issued (or a message answered before it was
 * sent) is a typo that bends late-payment and response metrics.
 */
export const dateOrder: Rule = (ctx) => {
  for (const { ev, index } of rawEvents(ctx.src)) {
    const type = str(ev, 'type') ?? '';
    // Own keys only: a custom type named `constructor` or `toString` is not in this table.
    const fields = Object.hasOwn(AFTER_DATE, type) ? AFTER_DATE[type] : undefined;
    const date = str(ev, 'date');
    if (!fields || !date || !isRealDate(date)) continue;
    for (const field of fields) {
      const v = str(ev, field);
      if (v && isRealDate(v) && v < date) report(ctx, ['events', index, field], 'date-order', 'error', M.lint.beforeDate(field, v, date));
    }
  }
};

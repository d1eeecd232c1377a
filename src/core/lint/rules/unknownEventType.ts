import { BUILTIN_EVENT_TYPES } from '../../schema/event.js';
import { closest } from '../../similar.js';
import { rawEvents, str } from '../events.js';
import { report } from '../place.js';
import type { Rule } from '../types.js';
import { M } from '../../i18n/msg.js';

const BUILTIN = new Set<string>(BUILTIN_EVENT_TYPES);

/**
 * Custom event types are allowed (DESIGN), so only a type close to a built-in one is
 * worth a word: `complain` is almost surely `complaint`, and no metric would count it.
 */
export const unknownEventType: Rule = (ctx) => {
  for (const { ev, index } of rawEvents(ctx.src)) {
    const type = str(ev, 'type');
    if (!type || BUILTIN.has(type)) continue;
    const hint = closest(type, BUILTIN_EVENT_TYPES);
    if (hint) report(ctx, ['events', index, 'type'], 'unknown-event-type', 'warning', M.lint.unknownEventType(type, hint));
  }
};

import { BUILTIN_EVENT_TYPES, eventFields, type BuiltinEventType } from '../../schema/event.js';
import { closest } from '../../similar.js';
import { rawEvents, str } from '../events.js';
import { report } from '../place.js';
import type { Rule } from '../types.js';
import { M } from '../../i18n/msg.js';

const BASE = ['date', 'type', 'note'];
const BUILTIN = new Set<string>(BUILTIN_EVENT_TYPES);

/** Fields a built-in event type does not have are ignored when scoring: `paied:` loses a payment. */
export const unknownEventFields: Rule = (ctx) => {
  for (const { ev, index } of rawEvents(ctx.src)) {
    const type = str(ev, 'type');
    if (!type || !BUILTIN.has(type)) continue;
    const known = [...BASE, ...Object.keys(eventFields()[type as BuiltinEventType])];
    for (const key of Object.keys(ev)) {
      if (known.includes(key)) continue;
      report(ctx, ['events', index, key], 'unknown-event-field', 'warning', M.lint.unknownEventField(key, type, closest(key, known)), true);
    }
  }
};

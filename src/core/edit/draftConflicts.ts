import type { Problem } from '../errors.js';
import { M } from '../i18n/msg.js';
import { BUILTIN_EVENT_TYPES } from '../schema/event.js';
import { closest } from '../similar.js';
import { draftField, type EventDraft } from './draft.js';

/** Per type, the dates that cannot come before the event's own `date` (as lint's date-order). */
const AFTER_DATE: Record<string, string[]> = { invoice: ['due', 'paid'], message: ['answered'] };
const BUILTIN = new Set<string>(BUILTIN_EVENT_TYPES);

/** Where an invoice ref is already used: `file:line`. */
export type KnownRefs = ReadonlyMap<string, string>;

/**
 * What `lint` would call an error in the event `log` is about to add, so it is refused
 * before anything is written: a ref already used by another invoice of the client, a date
 * before the event's own, a type that is a near miss of a built-in one (`invoce`; allowed
 * with `force`, which is for deliberate custom types).
 */
export function draftConflicts(draft: EventDraft, refs: KnownRefs, force: boolean): Problem[] {
  const problems: Problem[] = [];
  const type = String(draftField(draft, 'type') ?? '');
  const date = String(draftField(draft, 'date') ?? '');
  if (!BUILTIN.has(type) && !force) {
    const hint = closest(type, BUILTIN_EVENT_TYPES);
    if (hint) problems.push({ code: 'usage', message: M.lint.unknownEventType(type, hint), expected: M.edit.arg.nearMissExpected(hint) });
  }
  for (const field of Object.hasOwn(AFTER_DATE, type) ? AFTER_DATE[type]! : []) {
    const v = draftField(draft, field);
    if (typeof v === 'string' && v < date) problems.push({ code: 'usage', message: M.lint.beforeDate(field, v, date), expected: M.edit.arg.afterDateExpected(field, date) });
  }
  const ref = draftField(draft, 'ref');
  if (type === 'invoice' && ref !== undefined && refs.has(String(ref))) {
    problems.push({ code: 'usage', message: M.edit.arg.refTaken(String(ref), refs.get(String(ref))!), expected: M.edit.arg.duplicateRefExpected });
  }
  return problems;
}

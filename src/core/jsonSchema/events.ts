import * as z from 'zod';
import type { SchemaDocs } from '../i18n/schemaDocs.en.js';
import { DateStr, Text } from '../schema/common.js';
import { BUILTIN_EVENT_TYPES, eventFields } from '../schema/event.js';
import { described, documentNode, type Node } from './docs.js';
import { fromZod } from './fromZod.js';
import { eventSnippets } from './snippets.js';

/**
 * One event, as editors should check it: what every event has (`date`, `type`, `note`), a
 * `type` that completes to the built-in types but takes your own, and one `if type is T
 * then …` rule per built-in type with fields. Each rule is generated from the same
 * eventFields() that eventSchema() checks, so the editor asks for exactly what lint calls an
 * error: an invoice without `ref`, `amount` or `due`, a client_delay without `days`, a work event
 * without `hours`, a mood outside 1–5, `answered: 5`. Fields a type does not have stay
 * allowed, as lint only warns about them (unknown-event-field).
 */
export function eventItem(docs: SchemaDocs): Node {
  const table = docs.event as Record<string, string>;
  const base = fromZod(z.object({ date: DateStr, type: z.string().min(1), note: Text.optional() }));
  const props = base.properties as Node;
  props.type = { anyOf: [{ type: 'string', enum: [...BUILTIN_EVENT_TYPES] }, props.type] };
  const rules = BUILTIN_EVENT_TYPES.filter((type) => Object.keys(eventFields()[type]).length > 0).map((type) => {
    const { properties, required } = fromZod(z.object(eventFields()[type]));
    return {
      if: { properties: { type: { const: type } }, required: ['type'] },
      then: documentNode({ properties, ...(required ? { required } : {}) }, type, table, docs),
    };
  });
  return { ...described(documentNode(base, '', table, docs), table.item!), allOf: rules, defaultSnippets: eventSnippets(docs) };
}

/** `events:` of a profile or a log: a list of events, or empty (`events:` with nothing after it). */
export const eventList = (docs: SchemaDocs, markdown: string): Node =>
  described({ anyOf: [{ type: 'array', items: eventItem(docs) }, { type: 'null' }] }, markdown);

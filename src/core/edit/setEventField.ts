import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { YamlSource } from '../yamlSource.js';
import { addField } from './addField.js';
import { applySplices, eolOf } from './layout.js';
import { deepEqual } from './sameData.js';

type Src = Pick<YamlSource, 'text' | 'doc' | 'data'>;

/**
 * Sets one scalar field of one event, touching only that value's characters: `import`
 * updating a day's `hours` (the value replaced), or giving a message the `answered` date
 * its reply brought (the field added where the event ends: inside its braces, or as a line
 * of its own). A text value is never replaced, and only plain values are written (numbers,
 * dates). The new text must re-parse to the old data with exactly that field set, or null
 * is returned.
 */
export function setEventField(src: Src, index: number, key: string, value: number | string | boolean): string | null {
  const events = src.doc.get('events', true);
  const node = isSeq(events) ? (events.items[index] as Node | undefined) : undefined;
  if (!isMap(node)) return null;
  const v = node.get(key, true);
  let text: string;
  if (v === undefined) {
    // New lines after the last one of a file without a final line break: add it first.
    const base = !node.flow && !src.text.endsWith('\n') ? src.text + eolOf(src.text) : src.text;
    const splice = addField(base, node, key, String(value));
    if (!splice) return null;
    text = applySplices(base, [splice]);
  } else {
    if (!isScalar(v) || !v.range || typeof v.value === 'string') return null;
    text = applySplices(src.text, [{ from: v.range[0], to: v.range[1], insert: String(value) }]);
  }
  const doc = parseDocument(text, { uniqueKeys: true, logLevel: 'silent', prettyErrors: false });
  if (doc.errors.length) return null;
  const old = src.data as { events: Record<string, unknown>[] };
  const list = [...old.events];
  list[index] = { ...list[index], [key]: value };
  return deepEqual(doc.toJS({ maxAliasCount: 100 }), { ...old, events: list }) ? text : null;
}

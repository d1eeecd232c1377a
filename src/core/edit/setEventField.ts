import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { YamlSource } from '../yamlSource.js';
import { applySplices } from './layout.js';
import { deepEqual } from './sameData.js';

type Src = Pick<YamlSource, 'text' | 'doc' | 'data'>;

/**
 * Replaces the value of one scalar field of one event (`import` updating a day's `hours`),
 * touching only that value's characters. The new text must re-parse to the old data with
 * exactly that field changed, or null is returned.
 */
export function setEventField(src: Src, index: number, key: string, value: number | string | boolean): string | null {
  const events = src.doc.get('events', true);
  const node = isSeq(events) ? (events.items[index] as Node | undefined) : undefined;
  if (!isMap(node)) return null;
  const v = node.get(key, true);
  if (!isScalar(v) || !v.range || typeof v.value === 'string') return null;
  const text = applySplices(src.text, [{ from: v.range[0], to: v.range[1], insert: String(value) }]);
  const doc = parseDocument(text, { uniqueKeys: true, logLevel: 'silent', prettyErrors: false });
  if (doc.errors.length) return null;
  const old = src.data as { events: Record<string, unknown>[] };
  const list = [...old.events];
  list[index] = { ...list[index], [key]: value };
  return deepEqual(doc.toJS({ maxAliasCount: 100 }), { ...old, events: list }) ? text : null;
}

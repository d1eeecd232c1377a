import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { YamlSource } from '../yamlSource.js';
import { applySplices, columnOf, eolOf, lineAfter, type Splice } from './layout.js';
import { rangeOf } from './plans.js';
import { deepEqual } from './sameData.js';

type Src = Pick<YamlSource, 'text' | 'doc' | 'data'>;

/**
 * A profile that lists no log gets `logs: [FILE]` (`import` creates the log beside it). The
 * line goes after the last top-level key, at its column, in the file's line endings; an
 * empty `logs: []` or `logs:` gets the entry in place. Every other byte stays as it was:
 * the result must re-parse to the old data plus that one entry, or null is returned.
 */
export function addLogsEntry(src: Src, file: string): string | null {
  const root = src.doc.contents;
  if (!isMap(root) || root.flow) return null;
  const old = src.data as Record<string, unknown>;
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'logs') as Pair<Node, Node | null> | undefined;
  const entry = JSON.stringify(file);
  const name = /^[\w./-]+$/.test(file) && !/^[-.]/.test(file) ? file : entry;
  let splice: Splice;
  if (!pair) {
    const eol = eolOf(src.text);
    const col = columnOf(src.text, rangeOf(root)?.[0] ?? 0);
    const last = root.items[root.items.length - 1];
    const end = rangeOf(last?.value)?.[1] ?? rangeOf(last?.key)?.[1] ?? src.text.length;
    const { at, needsEol } = lineAfter(src.text, end);
    splice = { from: at, to: at, insert: `${needsEol ? eol : ''}${' '.repeat(col)}logs: [${name}]${eol}` };
  } else {
    const v = pair.value;
    const empty = v === null || (isScalar(v) && v.value === null) || (isSeq(v) && v.flow && v.items.length === 0);
    if (!empty) return null;
    const r = rangeOf(v);
    const k = rangeOf(pair.key)!;
    splice = r && r[1] > r[0] ? { from: r[0], to: r[1], insert: `[${name}]` } : { from: k[1] + 1, to: k[1] + 1, insert: ` [${name}]` };
  }
  const text = applySplices(src.text, [splice]);
  const doc = parseDocument(text, { uniqueKeys: true, logLevel: 'silent', prettyErrors: false });
  if (doc.errors.length) return null;
  return deepEqual(doc.toJS({ maxAliasCount: 100 }), { ...old, logs: [file] }) ? text : null;
}

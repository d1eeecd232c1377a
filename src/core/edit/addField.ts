/**
 * One more field on an existing mapping, as text inserted where the mapping ends: `paid`
 * and `payments` (recordPayment.ts), `answered` on an imported message (setEventField.ts).
 * The callers prove the result by re-parsing it.
 */
import type { Node, Pair, YAMLMap } from 'yaml';
import { columnOf, eolOf, lineAfter, type Splice } from './layout.js';

/** Where a flow collection's last item ends: before its closing `}`/`]` and the spaces in front of it. */
export function beforeClose(text: string, range: readonly number[], close: '}' | ']'): number | null {
  let at = text.lastIndexOf(close, range[1]);
  if (at < range[0]!) return null;
  while (at > range[0]! && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  return at;
}

/** `key: value` added at the end of a map: inside the braces of a flow map, as a line of its own in a block map. */
export function addField(text: string, map: YAMLMap, key: string, value: string): Splice | null {
  const range = map.range;
  if (!range) return null;
  if (map.flow) {
    const at = beforeClose(text, range, '}');
    if (at === null) return null;
    const empty = text[at - 1] === '{';
    // A line break inside the braces (a map spread over lines) is left to the re-parse check.
    return { from: at, to: at, insert: `${empty ? '' : ', '}${key}: ${value}` };
  }
  const pairs = map.items as Pair<Node, Node | null>[];
  const first = pairs[0]?.key;
  const last = pairs[pairs.length - 1];
  const lastEnd = (last?.value ?? last?.key)?.range?.[1];
  if (!first?.range || lastEnd === undefined) return null;
  const col = columnOf(text, first.range[0]);
  const { at, needsEol } = lineAfter(text, lastEnd);
  const eol = eolOf(text);
  return { from: at, to: at, insert: `${needsEol ? eol : ''}${' '.repeat(col)}${key}: ${value}${eol}` };
}


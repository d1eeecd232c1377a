import { getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml';
import { isScalar, LineCounter, Schema } from 'yaml';
import { commentAfter, FORBIDDEN_KEYS, type PlainValue } from './yamlSource.js';

/**
 * A quick reading of a YAML file for lint: its data, and its plain string values (what two
 * lint rules look at), from js-yaml's event parser, without building the `yaml` package's
 * Document. That Document, with its node ranges, is what every finding is placed with, so
 * it is still built, but only once something asks for it (`quickSource` in yamlSource.ts):
 * a clean file never needs it. Only lint uses this reader (io/lintPaths.ts, io/lintParent.ts),
 * so only lint loads js-yaml. A cold `yaml` parse of the 23 KB default rubric takes ~26 ms
 * (its generator-based lexer alone ~11 ms); js-yaml's events ~5 ms (docs/PITFALLS.md).
 *
 * The data must be what `yaml` would give, so this reading answers null — and the caller
 * parses with `yaml` as before — for anything where the two could differ or `yaml` would
 * say more than the data: anchors, aliases, tags, directives, a key that is not a plain
 * string, a repeated or forbidden key, a flow collection over several lines (`yaml` may
 * warn about its indentation), a lone carriage return, a tab in indentation, a few escapes
 * and block-scalar headers the two read differently (found by comparing them), a root that
 * is not a mapping, and any error. Plain scalars are resolved by `yaml`'s own core-schema
 * tags, in its order. tests/unit/yamlQuick.test.ts compares both readers on every shipped
 * and fixture file, on generated documents and on random edits.
 */
export interface QuickYaml {
  data: Record<string, unknown>;
  /** Every plain (unquoted) string value, in document order (lint/scalars.ts). */
  plain: PlainValue[];
  /** The start of every line, as a full parse's LineCounter records them. */
  lc: LineCounter;
}

const EVENT = { DOCUMENT: 1, SEQUENCE: 2, MAPPING: 3, SCALAR: 4, ALIAS: 5, POP: 6 } as const;
/** js-yaml's SCALAR_STYLE and COLLECTION_STYLE values. */
const PLAIN = 1;
const FLOW = 2;
/** Leaves room for the quotes around a key within YAML's 1,024-character limit on implicit keys. */
const MAX_KEY = 1000;
/** A flow collection closed, or continued, on a later line: its end sits first on a line. */
const FLOW_END_FIRST = /^[ \t]*[\]},]/m;
const LONE_CR = /\r(?!\n)/;
/** A tab in a line's indentation: js-yaml takes some that yaml refuses (in block scalars, after `?`). */
const TAB_INDENT = /^ *\t/m;
/** In double quotes, `\U` beyond U+10FFFF (yaml refuses it) or an escaped line break before a blank line (the two fold it differently). */
const DOUBLE_QUOTED_DOUBT = /\\U|\\\r?\n[ \t]*\r?\n/;
/** A block scalar header with an indentation indicator (`|1`, `>2-`): on blank content the two differ. */
const INDENT_INDICATOR = /[|>][-+]?[1-9]/;
const DOUBLE_QUOTED = 3;
const LITERAL = 4;
const FOLDED = 5;

type Tag = { default?: boolean | 'key'; test?: RegExp; resolve: (value: string, onError: (message: string) => void, options: object) => unknown };
let coreTags: Tag[] | null = null;

/** The core-schema tags `yaml` tries on a plain scalar (Document#setSchema for YAML 1.2). */
function tags(): Tag[] {
  coreTags ??= (new Schema({ resolveKnownTags: true, schema: 'core' }).tags as unknown as Tag[]).filter((t) => t.default === true && t.test);
  return coreTags;
}

class Unsure extends Error {}
const unsure = (): never => {
  throw new Unsure();
};

/** A plain scalar's value, as `yaml`'s composeScalar resolves it. */
function resolvePlain(source: string): unknown {
  const tag = tags().find((t) => t.test!.test(source));
  if (!tag) return source;
  const res = tag.resolve(source, unsure, { intAsBigInt: false });
  return isScalar(res) ? res.value : res;
}

interface Frame {
  kind: 'map' | 'seq';
  value: Record<string, unknown> | unknown[];
  /** A map's key waiting for its value. */
  key: string | null;
  /** The nearest mapping key above this collection's items. */
  near: string | null;
  /** The line a flow collection starts on, to refuse one that spans lines; -1 in block context. */
  flowLine: number;
}

/**
 * Below this many characters a cold `yaml` parse costs less than loading js-yaml (~3 ms):
 * a rubric as users write one (a few criteria over `builtin:default`) is parsed in full.
 */
export const QUICK_FROM = 4096;

/** The reader lint passes to parseYaml: the quick one for a file large enough to gain from it. */
export const lintReader = (text: string): QuickYaml | null => (text.length < QUICK_FROM ? null : quickYaml(text));

/** The quick reading of `text` (no BOM), or null when only `yaml` can say. */
export function quickYaml(text: string): QuickYaml | null {
  if (FLOW_END_FIRST.test(text) || LONE_CR.test(text) || TAB_INDENT.test(text)) return null;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: 100 });
  } catch {
    return null;
  }
  const lc = new LineCounter();
  lc.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
  try {
    return build(text, events, lc);
  } catch (e) {
    if (e instanceof Unsure) return null;
    throw e;
  }
}

function build(text: string, events: Event[], lc: LineCounter): QuickYaml | null {
  const plain: PlainValue[] = [];
  const stack: Frame[] = [];
  let root: unknown;
  let docs = 0;
  const lineOf = (offset: number) => lc.linePos(offset).line;
  /** Places a finished value in the collection being built (or as the root). */
  const put = (value: unknown) => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = value;
      return;
    }
    if (top.kind === 'seq') (top.value as unknown[]).push(value);
    else {
      const key = top.key!;
      (top.value as Record<string, unknown>)[key] = value;
      top.key = null;
    }
  };
  const checkFlow = (frame: Frame, offset: number) => {
    if (frame.flowLine >= 0 && offset >= 0 && lineOf(offset) !== frame.flowLine) unsure();
  };
  for (const ev of events) {
    switch (ev.type) {
      case EVENT.DOCUMENT:
        if (++docs > 1 || ev.directives.length) return null;
        break;
      case EVENT.ALIAS:
        return null;
      case EVENT.MAPPING:
      case EVENT.SEQUENCE: {
        if (ev.anchorStart >= 0 || ev.tagStart >= 0) return null;
        const top = stack[stack.length - 1];
        if (top?.kind === 'map' && top.key === null) return null; // a collection as a key
        if (top) checkFlow(top, ev.start);
        if (!top && ev.type !== EVENT.MAPPING) return null;
        const near = top ? (top.kind === 'map' ? top.key : top.near) : null;
        const flowLine = ev.style === FLOW ? lineOf(ev.start) : top && top.flowLine >= 0 ? top.flowLine : -1;
        stack.push({ kind: ev.type === EVENT.MAPPING ? 'map' : 'seq', value: ev.type === EVENT.MAPPING ? {} : [], key: null, near, flowLine });
        break;
      }
      case EVENT.POP: {
        const done = stack.pop();
        if (done) put(done.value);
        break;
      }
      case EVENT.SCALAR: {
        const top = stack[stack.length - 1];
        if (!top || ev.anchorStart >= 0 || ev.tagStart >= 0) return null;
        checkFlow(top, ev.valueStart);
        const s = ev as ScalarEvent;
        if (s.style === DOUBLE_QUOTED && DOUBLE_QUOTED_DOUBT.test(text.slice(s.valueStart, s.valueEnd))) return null;
        if (s.style === LITERAL || s.style === FOLDED) {
          // The header is the line that ends where the content starts.
          if (s.valueStart < 1) return null;
          if (INDENT_INDICATOR.test(text.slice(text.lastIndexOf('\n', s.valueStart - 2) + 1, s.valueStart))) return null;
        }
        const source = s.valueStart < 0 ? '' : getScalarValue(text, s);
        const value = s.style === PLAIN ? resolvePlain(source) : source;
        if (top.kind === 'map' && top.key === null) {
          // A key: only a plain-text one, the same as a JavaScript property name, and one
          // `yaml` takes as an implicit key (on one line, its `:` at most 1,024 characters on).
          if (typeof value !== 'string' || FORBIDDEN_KEYS.has(value) || Object.hasOwn(top.value, value)) return null;
          // (yaml measures from the key's start to its `:`, which may come after spaces.)
          if (text.indexOf(':', s.valueEnd) - s.valueStart > MAX_KEY || text.slice(s.valueStart, s.valueEnd).includes('\n')) return null;
          top.key = value;
          break;
        }
        if (s.style === PLAIN && typeof value === 'string') {
          const key = top.kind === 'map' ? top.key : top.near;
          if (key !== null) plain.push({ value, key, start: s.valueStart, end: s.valueEnd, after: top.flowLine >= 0 ? '' : commentAfter(text.slice(s.valueEnd)) });
        }
        put(value);
        break;
      }
    }
  }
  if (stack.length || root === null || typeof root !== 'object' || Array.isArray(root)) return null;
  return { data: root as Record<string, unknown>, plain, lc };
}

/**
 * A fast, deliberately narrow reader for the one shape that makes up most of a client's
 * bytes: an `events:` list at the end of the file, one flow mapping per line
 *
 *     events:
 *       - {date: 2026-01-10, type: invoice, ref: F-7, amount: 900, due: 2026-02-09}
 *
 * The `yaml` package needs ~60 µs per such line; this takes ~1 µs. It accepts a line only
 * when the result is certainly what `yaml` (YAML 1.2, core schema) would give, and answers
 * null for anything else — quotes with escapes, `#` or `:` in plain text, anchors, tags,
 * nested collections, non-canonical numbers, null, `True`, tabs, a key after the list —
 * so the caller parses that file in full. The header above `events:` is always parsed by
 * `yaml`. tests/unit/fastEvents.test.ts compares both on generated lines.
 */
export interface SimpleEvents {
  /** The text above the `events:` line, unchanged (so its line numbers hold). */
  header: string;
  events: Record<string, unknown>[];
  /** 1-based line of each event, as the full parser's LineCounter would give it. */
  lines: number[];
}

/** Keys that stay plain strings in the core schema and are never forbidden (`constructor`...). */
const KEY = /^[a-z_][a-z0-9_]*$/;
const RESERVED_KEYS = new Set(['true', 'false', 'null', 'constructor', 'prototype', '__proto__']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INT = /^(?:0|[1-9][0-9]{0,14})$/;
const DECIMAL = /^(?:0|[1-9][0-9]{0,14})\.[0-9]{1,15}$/;
/** Everything the core schema would turn into something other than a string. */
const CORE_SPECIAL =
  /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
/**
 * Plain text: letters, digits, single spaces and punctuation with no meaning inside a flow
 * scalar. Left out on purpose: `#` (comments), `:` (pairs), `,[]{}` (flow indicators),
 * control characters and tabs.
 */
const PLAIN_BODY = /^[\p{L}\p{M}\p{N}.\-'()/?!¿¡«»–—…€£$%+&*@=~;"_]+(?: [\p{L}\p{M}\p{N}.\-'()/?!¿¡«»–—…€£$%+&*@=~;"_]+)*$/u;
/** A plain scalar may not start with an indicator (`-?:,[]{}#&*!|>'"%@` and backquote). */
const PLAIN_START = /^[\p{L}\p{N}(¿¡«€£$]/u;
/** Inside quotes, `#`, `:` and commas are text; backslashes (escapes) and line breaks are not accepted. */
const QUOTED_BODY = /^[\p{L}\p{M}\p{N} .\-'()/?!¿¡«»–—…€£$%+&*@=~;_#:,[\]{}]*$/u;

/** YAML separates with spaces only; String#trim would also eat NBSP and U+2028. */
const trimSpaces = (s: string) => s.replace(/^ +| +$/g, '');

/** The value of one scalar, or undefined when only the full parser can say. */
function scalar(raw: string): unknown {
  const q = raw[0];
  if (q === '"' || q === "'") {
    if (raw.length < 2 || raw[raw.length - 1] !== q) return undefined;
    const body = raw.slice(1, -1);
    if (body.includes(q) || !QUOTED_BODY.test(body)) return undefined;
    return body;
  }
  if (DATE.test(raw)) return raw;
  if (INT.test(raw)) return Number(raw);
  if (DECIMAL.test(raw)) return Number(raw);
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (CORE_SPECIAL.test(raw) || !PLAIN_START.test(raw) || !PLAIN_BODY.test(raw)) return undefined;
  return raw;
}

/** Splits `a: 1, b: "x, y"` at the commas that separate pairs (not those inside quotes). */
function pairs(body: string): string[] | undefined {
  const out: string[] = [];
  let start = 0;
  let quote = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      // Only a quote that opens a value (after ': ') starts a quoted scalar.
      if (body[i - 1] === ' ' && body[i - 2] === ':') quote = c;
    } else if (c === ',') {
      out.push(body.slice(start, i));
      start = i + 1;
    }
  }
  if (quote) return undefined;
  out.push(body.slice(start));
  return out;
}

/** Longer lines go to the full parser: the regexps below backtrack, and a multi-megabyte note overflowed V8's regexp stack. */
const MAX_LINE = 4096;

/** One `- {key: value, ...}` line at `indent`, or undefined. */
function eventLine(line: string, indent: number): Record<string, unknown> | undefined {
  if (line.length > MAX_LINE || !line.startsWith('- {', indent)) return undefined;
  // The last brace closes the mapping; a brace inside a trailing comment makes the line
  // fail below, which only means the full parser reads this file.
  const close = line.lastIndexOf('}');
  if (close < 0) return undefined;
  const tail = line.slice(close + 1);
  // After the closing brace: nothing, spaces, or spaces and a comment.
  if (tail && !/^ +(?:#.*)?$/.test(tail)) return undefined;
  const body = trimSpaces(line.slice(indent + 3, close));
  if (!body) return undefined;
  const parts = pairs(body);
  if (!parts) return undefined;
  const ev: Record<string, unknown> = {};
  for (const part of parts) {
    const p = trimSpaces(part);
    const colon = p.indexOf(': ');
    if (colon <= 0) return undefined;
    const key = p.slice(0, colon);
    const raw = trimSpaces(p.slice(colon + 2));
    if (!KEY.test(key) || RESERVED_KEYS.has(key) || Object.hasOwn(ev, key) || !raw) return undefined;
    const value = scalar(raw);
    if (value === undefined) return undefined;
    ev[key] = value;
  }
  return ev;
}

const BLANK_OR_COMMENT = /^ *(?:#.*)?$/;

/**
 * The header and the events of a file whose last top-level key is `events:` followed only
 * by one-line flow mappings (and blank or comment lines); null in every other case.
 */
export function simpleEvents(text: string): SimpleEvents | null {
  if (text.includes('\t')) return null;
  const nl = text.lastIndexOf('\nevents:');
  const at = nl >= 0 ? nl + 1 : text.startsWith('events:') ? 0 : -1;
  if (at < 0) return null;
  const header = text.slice(0, at);
  // A document end marker (or a second document) above would put the events elsewhere.
  if (/^(?:\.\.\.|---)/m.test(header.replace(/^\uFEFF?---.*\n/, ''))) return null;
  const lines = text.slice(at).split('\n');
  const first = lines[0]!.replace(/\r$/, '');
  if (!/^events: *(?: #.*)?$/.test(first)) return null;
  let line = header.split('\n').length;
  const events: Record<string, unknown>[] = [];
  const eventLines: number[] = [];
  let indent = -1;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!.endsWith('\r') ? lines[i]!.slice(0, -1) : lines[i]!;
    line++;
    if (BLANK_OR_COMMENT.test(l)) continue;
    const lead = l.search(/[^ ]/);
    if (indent < 0) indent = lead;
    if (lead !== indent) return null;
    const ev = eventLine(l, indent);
    if (!ev) return null;
    events.push(ev);
    eventLines.push(line);
  }
  return events.length ? { header, events, lines: eventLines } : null;
}

/**
 * Mutation operators for the fuzz corpus: each takes a file's bytes and a seeded Rng and
 * returns new bytes. They are small, named and pure, so a failing case is fully described
 * by `seed + base file + list of operator names` and can be rebuilt exactly.
 *
 * Operators work on a "byte string": the file decoded as latin1, where each char is one
 * byte. That keeps invalid UTF-8, truncated sequences and stray bytes intact through any
 * number of edits; text meant to be UTF-8 is encoded first with `u8()`.
 */
import type { Rng } from './prng.js';

/** A file as a byte string (latin1: one char per byte). */
type Bytes = string;

/** What kind of file the operator is editing: some choose values by kind. */
export type FileKind = 'client' | 'log' | 'rubric' | 'settings';

/** What an operator may need to know besides the bytes. */
export interface OpContext {
  kind: FileKind;
  /** A built-CLI case of a long run (FUZZ_BIG=1): pathological sizes may go larger. */
  big: boolean;
}

/** One mutation: bytes in, bytes out, every choice from `r`. */
export type Op = (s: Bytes, r: Rng, ctx: OpContext) => Bytes;

const MiB = 1024 * 1024;

/** UTF-8 bytes of a JS string, as a byte string. */
export const u8 = (text: string): Bytes => Buffer.from(text, 'utf8').toString('latin1');

const lines = (s: Bytes) => s.split('\n');
const unlines = (ls: string[]) => ls.join('\n');

/** Index of a random line that holds something (not blank), or any line. */
function someLine(ls: string[], r: Rng): number {
  const full = ls.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
  return full.length ? r.pick(full) : r.int(0, ls.length - 1);
}

/** A `key: value` occurrence (block or flow), with the byte offsets of its value. */
interface KeyValue {
  key: string;
  start: number;
  end: number;
}

/** Every `key: value` in the text; the value ends at `,` `}` `]`, a comment or the line end. */
function keyValues(s: Bytes): KeyValue[] {
  const out: KeyValue[] = [];
  // Keys are bounded: on a 1 MB `kkk…: 1` line an unbounded key makes this scan quadratic.
  const re = /([A-Za-z_][A-Za-z0-9_]{0,40}):[ \t]+([^,{}[\]\n#]*[^,{}[\]\n# \t\r])?/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const start = m.index + m[0].length - (m[2]?.length ?? 0);
    out.push({ key: m[1]!, start, end: start + (m[2]?.length ?? 0) });
  }
  return out;
}

/** Replaces the value of one random `key: value` (limited to `keys` when given and present). */
function replaceValue(s: Bytes, r: Rng, keys: readonly string[] | null, value: (key: string) => string): Bytes {
  const all = keyValues(s);
  const wanted = keys ? all.filter((kv) => keys.includes(kv.key)) : all;
  const pool = wanted.length ? wanted : all;
  if (!pool.length) return s;
  const kv = r.pick(pool);
  return s.slice(0, kv.start) + u8(value(kv.key)) + s.slice(kv.end);
}

const DATE_KEYS = ['date', 'due', 'paid', 'answered', 'since', 'start', 'end'];
const NUMBER_KEYS = ['amount', 'rate', 'hours', 'days', 'payment_terms_days', 'notice_days', 'early_termination_fee', 'mood', 'weight', 'warn', 'flag', 'keep', 'review', 'target_rate'];
const BOOL_KEYS = ['billed', 'billable', 'written_notice', 'in_niche', 'within_skills', 'budget_fits', 'dealbreaker', 'enabled'];
const ENUM_KEYS = ['type', 'tier', 'rate_unit', 'notice_basis', 'theme', 'currency', 'lang', 'metric', 'id'];
const TEXT_KEYS = ['name', 'note', 'ref', 'clause', 'en', 'es', 'email', 'phone', 'industry', 'business', 'contact'];
const PATH_KEYS = ['extends', 'logs', 'rubric'];

/** Dates a user could plausibly type, and some they could not. */
export const ODD_DATES = [
  'soon', '2026-02-30', '2026-13-01', '0000-00-00', '2026-1-5', '2026-11-24T10:00:00Z', '20261124', '9999-12-31',
  '0001-01-01', '"2026-02-29"', '2024-02-29', '+002026-01-01', '[2026-01-01]', '{}', '~', '""', '1e400', '-2026-01-01',
  '2026\u201001\u201001', '2026-11-24 12:00', "'2026-11-24'", '2100-02-29', '1970-01-01', '275760-09-13',
];
const ODD_NUMBERS = [
  'lots', '"900"', '-1', '-0', '0', '.nan', '.inf', '-.inf', '1e309', '1e-320', '99999999999999999999', '0x1F', '0o17',
  '1_000', '3.5', 'true', '[]', '{}', '~', '""', '9007199254740993', '36500', '36501', '2147483648', '1e21', '7', '0.0',
];
const ODD_BOOLS = ['yes', 'no', '"true"', '1', '0', 'True', 'TRUE', 'on', '~', '[]', 'falsee'];
/** Names JavaScript objects already carry: lookups by user-chosen keys must not find them. */
export const PROTO_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__', 'isPrototypeOf'];
const ODD_ENUMS = [
  ...PROTO_NAMES, '""', '"invoice "', 'INVOICE', 'invoce', '\u00edvoice', 'x'.repeat(300), '"\\e[2J"', '42', '~', '[invoice]',
  '{count: [complaint]}', '{count: []}', '{count: [constructor]}', '{count: [__proto__, toString]}', 'EURO', '\u20ac', 'eur',
  'XXX', 'fr', 'es_ES', 'EN', 'E U R', '"\\u202Eevil"', '.nan', '-', '"0"',
];
/** Scalars that carry terminal control sequences once YAML has unescaped them. */
export const HOSTILE_TEXT = [
  '"\\e[31mRED\\e[0m"', '"\\e]0;pwned\\a"', '"\\u202Eevil\\u202C"', '"a\\0b"', '"bell\\a"', '"\\x9b31m"', '"\\r\\roverwrite"',
  '"line\\nbreak"', '"\\e[2J\\e[H"', '"\\u2066iso\\u2069"', '"\\x85next\\u2028sep"', '"tab\\there"', '"\\e"', '"\\x7f"',
  '""', '~', '[a, b]', '{en: x}', '"\\uFEFFbom"', '"\\uD83D\\uDE00"', '"\\U0001F600 emoji"', 'ا\u0644\u0639\u0631\u0628\u064a\u0629 RTL',
  'e\u0301\u0301\u0301 combining', 'zero\u200bwidth', '"%s %d %n {0} ${x}"', "'<script>alert(1)</script>'", '"|md| **bold** `code`"',
];
const ODD_WINDOWS = ['0d', '12', '12x', '9999y', '1000000d', '-3m', 'm', '12M', '12 m', '~', '10000d', '1d', '9999d', '[12m]'];
const ODD_PATHS = [
  '.', '""', '/dev/null', '/dev/zero', 'missing.yaml', '/nonexistent/x.yaml', 'sub/../acme.log.yaml', 'acme.yaml', 'acme.log.yaml',
  '/proc/self/status', 'builtin:nope', 'builtin:default', './rubric.yaml', './parent.yaml', '"\\e[31m.yaml"', '[a.yaml]', '~', '../',
];

/** A value that is wrong (or at the edge) for `key`. */
function oddValueFor(key: string, r: Rng): string {
  if (DATE_KEYS.includes(key)) return r.pick(ODD_DATES);
  if (NUMBER_KEYS.includes(key)) return r.pick(ODD_NUMBERS);
  if (BOOL_KEYS.includes(key)) return r.pick(ODD_BOOLS);
  if (ENUM_KEYS.includes(key)) return r.pick(ODD_ENUMS);
  if (key === 'window') return r.pick(ODD_WINDOWS);
  if (PATH_KEYS.includes(key)) return r.pick(ODD_PATHS);
  if (TEXT_KEYS.includes(key)) return r.pick(HOSTILE_TEXT);
  return r.pick([...ODD_NUMBERS, ...ODD_DATES, ...ODD_ENUMS, ...HOSTILE_TEXT]);
}

/** Bytes that break parsers and terminals: controls, ESC sequences, NUL, bidi, quotes, brackets. */
function hostileBytes(r: Rng): Bytes {
  return r.pick([
    '\x1b', '\x1b[31m', '\x1b]0;x\x07', '\x00', '\x07', '\x08', '\r', '\x7f', u8('\u202e'), u8('\u2066'), u8('\u0085'), u8('\u009b'),
    u8('\u2028'), u8('\ufeff'), '"', "'", '{', '}', '[', ']', ':', ': ', '- ', '#', '&a ', '*a', '!', '|', '>', '%', '@', '`', '\t',
    '\n', '\\', String.fromCharCode(r.int(0, 255)), r.bytes(r.int(1, 8)).toString('latin1'),
  ]);
}

// ── Line-level operators ──────────────────────────────────────────────────────

/** Deletes one to three consecutive lines. */
const deleteLines: Op = (s, r) => {
  const ls = lines(s);
  const i = someLine(ls, r);
  ls.splice(i, r.int(1, 3));
  return unlines(ls);
};

/** Adds or removes one to four spaces at the start of a line. */
const shiftIndent: Op = (s, r) => {
  const ls = lines(s);
  const i = someLine(ls, r);
  const n = r.int(1, 4);
  ls[i] = r.chance(0.5) ? ' '.repeat(n) + ls[i] : ls[i]!.replace(new RegExp(`^ {1,${n}}`), '');
  return unlines(ls);
};

/** Exchanges the leading whitespace of two lines. */
const swapIndent: Op = (s, r) => {
  const ls = lines(s);
  const [a, b] = [someLine(ls, r), someLine(ls, r)];
  const ia = /^[ \t]*/.exec(ls[a]!)![0];
  const ib = /^[ \t]*/.exec(ls[b]!)![0];
  ls[a] = ib + ls[a]!.slice(ia.length);
  ls[b] = ia + ls[b]!.slice(ib.length);
  return unlines(ls);
};

/** Exchanges two lines. */
const swapLines: Op = (s, r) => {
  const ls = lines(s);
  const [a, b] = [someLine(ls, r), someLine(ls, r)];
  [ls[a], ls[b]] = [ls[b]!, ls[a]!];
  return unlines(ls);
};

/** Moves a line somewhere else. */
const moveLine: Op = (s, r) => {
  const ls = lines(s);
  const [line] = ls.splice(someLine(ls, r), 1);
  ls.splice(r.int(0, ls.length), 0, line!);
  return unlines(ls);
};

/** Repeats a line right after itself (often a duplicate key or event). */
const duplicateLine: Op = (s, r) => {
  const ls = lines(s);
  const i = someLine(ls, r);
  ls.splice(i + 1, 0, ...Array<string>(r.chance(0.8) ? 1 : r.int(2, 50)).fill(ls[i]!));
  return unlines(ls);
};

/** Duplicates a top-level key (name:, events:, logs:, criteria:…) at the end or right after it. */
const duplicateKey: Op = (s, r) => {
  const ls = lines(s);
  const tops = ls.map((l, i) => (/^[A-Za-z_]+:/.test(l) ? i : -1)).filter((i) => i >= 0);
  if (!tops.length) return duplicateLine(s, r, { kind: 'client', big: false });
  const i = r.pick(tops);
  if (r.chance(0.5)) ls.splice(i + 1, 0, ls[i]!);
  else ls.push(ls[i]!);
  return unlines(ls);
};

/** Comments a line out, or puts a `#` in the middle of one. */
const commentOut: Op = (s, r) => {
  const ls = lines(s);
  const i = someLine(ls, r);
  const l = ls[i]!;
  ls[i] = r.chance(0.5) ? `#${l}` : ((p) => `${l.slice(0, p)}${r.pick(['#', ' #'])}${l.slice(p)}`)(r.int(0, l.length));
  return unlines(ls);
};

/** Tabs for indentation (some or all lines), or a tab after a colon. */
const tabs: Op = (s, r) => {
  const ls = lines(s);
  const all = r.chance(0.3);
  const i = someLine(ls, r);
  return unlines(
    ls.map((l, j) => {
      if (!all && j !== i) return l;
      if (r.chance(0.2)) return l.replace(/: /, ':\t');
      return l.replace(/^( +)/, (sp) => (r.chance(0.5) ? '\t'.repeat(Math.ceil(sp.length / 2)) : `\t${sp.slice(1)}`));
    }),
  );
};

/** CRLF line endings: everywhere, on some lines, or a lone CR (old Mac). */
const crlf: Op = (s, r) => {
  const how = r.pick(['all', 'some', 'cr'] as const);
  if (how === 'all') return s.replace(/\r?\n/g, '\r\n');
  if (how === 'cr') return s.replace(/\n/g, () => (r.chance(0.3) ? '\r' : '\n'));
  return s.replace(/\n/g, () => (r.chance(0.5) ? '\r\n' : '\n'));
};

/** A byte-order mark: UTF-8 at the start (once or twice), in the middle, or UTF-16's. */
const bom: Op = (s, r) => {
  const b = '\xef\xbb\xbf';
  const how = r.pick(['start', 'start', 'twice', 'middle', 'utf16'] as const);
  if (how === 'start') return b + s;
  if (how === 'twice') return b + b + s;
  if (how === 'utf16') return `\xff\xfe${s}`;
  const p = r.int(0, s.length);
  return s.slice(0, p) + b + s.slice(p);
};

// ── Byte-level operators ──────────────────────────────────────────────────────

/** Cuts the file at a random byte (may split a UTF-8 sequence or a flow map). */
const truncate: Op = (s, r) => s.slice(0, r.int(0, s.length));

/** Inserts one to four hostile byte runs at random offsets. */
const insertBytes: Op = (s, r) => {
  let out = s;
  for (let k = r.int(1, 4); k > 0; k--) {
    const p = r.int(0, out.length);
    out = out.slice(0, p) + hostileBytes(r) + out.slice(p);
  }
  return out;
};

/** Deletes one to ten bytes at a random offset: the smallest corruption, the most common. */
const deleteBytes: Op = (s, r) => {
  const p = r.int(0, s.length);
  return s.slice(0, p) + s.slice(p + r.int(1, 10));
};

/** An invalid UTF-8 sequence at a random offset. */
const invalidUtf8: Op = (s, r) => {
  const seq = r.pick(['\x80', '\xc3\x28', '\xff', '\xfe', '\xc0\xaf', '\xed\xa0\x80', '\xf0\x9f\x98', '\xf8\x88\x80\x80\x80', '\xe2\x82', '\xc3']);
  const p = r.chance(0.5) ? r.int(0, s.length) : Math.max(0, s.indexOf('name:') + 6);
  return s.slice(0, p) + seq + s.slice(p);
};

/** Unbalanced quotes and brackets. */
const unbalanced: Op = (s, r) => {
  const p = r.int(0, s.length);
  return s.slice(0, p) + r.pick(['"', "'", '{', '[', ']', '}', '{{', '[[', '"\\', "'''", '`']) + s.slice(p);
};

// ── Value-level operators ─────────────────────────────────────────────────────

/** A known field gets a value of the wrong type or at its edge (`amount: lots`, `mood: 7`). */
const wrongType: Op = (s, r) => replaceValue(s, r, null, (k) => oddValueFor(k, r));

/** A date field gets an impossible or ill-formed date (`soon`, `2026-02-30`). */
const badDate: Op = (s, r) => replaceValue(s, r, DATE_KEYS, () => r.pick(ODD_DATES));

/** A number field gets an odd number (`.nan`, `1e309`, `-1`, `0x1F`). */
const numberEdge: Op = (s, r) => replaceValue(s, r, NUMBER_KEYS, () => r.pick(ODD_NUMBERS));

/** An enum or id field gets a name JavaScript objects already have (`constructor`, `__proto__`). */
const protoValue: Op = (s, r) => replaceValue(s, r, ENUM_KEYS, () => r.pick(PROTO_NAMES));

/** A text field gets ESC sequences, bidi overrides, NUL or C1 controls (YAML escapes). */
const controlInValue: Op = (s, r) => replaceValue(s, r, TEXT_KEYS, () => r.pick(HOSTILE_TEXT));

/** A path field (`logs`, `extends`, `rubric`) points somewhere odd. */
const pathValue: Op = (s, r) => replaceValue(s, r, PATH_KEYS, () => r.pick(ODD_PATHS));

/** A value becomes empty, null, an empty list or an empty map. */
const emptyValue: Op = (s, r) => replaceValue(s, r, null, () => r.pick(['', '~', 'null', '[]', '{}', '""', "''", '|', '>-']));

/** Removes one `key: value` from a flow map (an invoice loses its amount). */
const dropField: Op = (s, r) => {
  const kvs = keyValues(s);
  if (!kvs.length) return s;
  const kv = r.pick(kvs);
  const from = s.lastIndexOf(kv.key, kv.start);
  const to = s[kv.end] === ',' ? kv.end + 1 : kv.end;
  return s.slice(0, from) + s.slice(to);
};

/** Adds a field to a flow map: unknown, prototype-named, or valid-but-misplaced. */
const addField: Op = (s, r) => {
  const ends = [...s.matchAll(/\}/g)].map((m) => m.index);
  const field = `${r.pick(['extra', 'answered', 'paid', 'billed', 'mood', 'hours', 'due', 'amount', ...PROTO_NAMES, 'type', 'date'])}: ${r.pick(['1', 'x', '2026-01-01', 'true', '~', '{}', '[]'])}`;
  if (!ends.length) return `${s}\n${field}\n`;
  const p = r.pick(ends);
  return `${s.slice(0, p)}, ${u8(field)}${s.slice(p)}`;
};

/** Keys that are special to JavaScript or YAML at the top or inside a map. */
const specialKeys: Op = (s, r) => {
  const key = r.pick([...PROTO_NAMES, '? [a, b]', '~', 'null', 'true', '1', '"" ', '<<', '? |\n  block', '!!binary aGk=', '&k key']);
  const line = key.startsWith('?') ? `${key}\n: v` : `${key}: ${r.pick(['1', '{}', '[]', 'x', '*k', '{a: 1}'])}`;
  const ls = lines(s);
  ls.splice(r.chance(0.5) ? ls.length : r.int(0, ls.length), 0, line);
  return unlines(ls);
};

/** Tags, directives, document markers, merge keys: the corners of YAML. */
const yamlOddities: Op = (s, r) => {
  const odd = r.pick([
    '%YAML 1.1\n---', '%YAML 1.2\n---', '%TAG ! tag:example.com,2000:\n---', '---', '...', '--- |\n  text', 'x: !!binary aGVsbG8=',
    'x: !!js/function "function(){}"', 'x: !custom 1', 'x: !!set {a, b}', 'x: !!omap [a: 1]', 'x: !!timestamp 2026-01-01',
    'x: !!float 1', 'x: !!str', 'x: !!int "12"', 'base: &b {a: 1}\nmerged: {<<: *b}', '<<: {name: Merged}', 'x: &a 1\ny: *a',
    'x: *undefined_alias', 'x: &a [*a]', '---\nsecond: doc',
  ]);
  const ls = lines(s);
  const at = odd.startsWith('%') ? 0 : r.chance(0.5) ? ls.length : r.int(0, ls.length);
  ls.splice(at, 0, odd);
  return unlines(ls);
};

/** Valid but unusual Unicode in a text value (RTL, combining, astral, line separators). */
const unicodeText: Op = (s, r) =>
  replaceValue(s, r, TEXT_KEYS, () => r.pick(['\u{1F600}\u{1F469}\u200d\u{1F4BB}', '\u0645\u0631\u062d\u0628\u0627', 'a\u0300\u0301\u0302\u0303', '\u2028x\u2029', '\uFFFE\uFFFF', 'Ａｃｍｅ', '\u00a0nbsp\u00a0', '\u{10FFFF}']));

// ── Pathological sizes and shapes ─────────────────────────────────────────────

/** A scalar of 1–5 MB (sometimes just over the 16 MiB limit) in a text field. */
const hugeString: Op = (s, r) => {
  const big = r.chance(0.04) ? 16 * MiB + r.int(1, 4096) : r.int(1 * MiB, 5 * MiB);
  const unit = r.pick(['a', 'ab ', 'ñ', 'x\\e']);
  const body = unit.repeat(Math.ceil(big / unit.length)).slice(0, big);
  const all = keyValues(s).filter((kv) => TEXT_KEYS.includes(kv.key));
  if (!all.length) return `${s}\nnote: ${u8(body)}\n`;
  const kv = r.pick(all);
  const quoted = unit.includes('\\') ? `"${body}"` : body;
  return s.slice(0, kv.start) + u8(quoted) + s.slice(kv.end);
};

/** One very long line (100 KB – 1 MB): a note, a comment or a key. */
const longLine: Op = (s, r) => {
  const n = r.int(100_000, 1_000_000);
  const line = r.pick([`# ${'c'.repeat(n)}`, `${'k'.repeat(n)}: 1`, `note: ${'word '.repeat(n / 5)}`]);
  const ls = lines(s);
  ls.splice(r.int(0, ls.length), 0, line);
  return unlines(ls);
};

/**
 * Deep nesting: 10k `[`, nested flow maps, or a deep block structure. With FUZZ_BIG=1,
 * built-CLI cases sometimes get a million brackets (1 MB: ~3 s and ~1 GB when found, see
 * fuzzRegressions) — too slow for the CI-sized run.
 */
const deepNesting: Op = (s, r, { big }) => {
  // The extra draw only for big cases, so in-process cases keep their numbers.
  const n = big && r.chance(0.25) ? 1_000_000 : r.pick([100, 1000, 10_000, 100_000]);
  const shape = r.pick(['seq', 'map', 'block', 'dash', 'closed'] as const);
  let v: string;
  if (shape === 'seq') v = `x: ${'['.repeat(n)}`;
  else if (shape === 'closed') v = `x: ${'['.repeat(n)}1${']'.repeat(n)}`;
  else if (shape === 'map') v = `x: ${'{a: '.repeat(n)}1${'}'.repeat(n)}`;
  else if (shape === 'dash') v = `x:\n  ${'- '.repeat(Math.min(n, 5000))}1`;
  else v = Array.from({ length: Math.min(n, 400) }, (_, i) => `${' '.repeat(i)}a${i}:`).join('\n') + ' 1';
  const ls = lines(s);
  ls.splice(r.chance(0.7) ? ls.length : r.int(0, ls.length), 0, v);
  return unlines(ls);
};

/** Billion laughs, a self-referencing anchor, or aliases inside the events list. */
const aliasBomb: Op = (s, r) => {
  const how = r.pick(['laughs', 'events', 'merge', 'wide'] as const);
  if (how === 'laughs') {
    let bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    const names = 'abcdefghi';
    for (let i = 1; i < names.length; i++) bomb += `${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(',')}]\n`;
    return `${s}\n${bomb}`;
  }
  if (how === 'wide') return `${s}\nbase: &w {a: 1}\nmany: [${Array(1000).fill('*w').join(', ')}]\n`;
  if (how === 'merge') return `${s}\nbase: &m {date: 2026-01-01, type: praise}\nmore: [{<<: *m}, {<<: *m, note: x}]\n`;
  // An anchored event repeated: valid YAML, and each alias is a real event.
  return s.replace(/(\n {2}- )(\{date)/, `$1&ev $2`) + `\n  - *ev`.repeat(r.int(1, 200)) + '\n';
};

const TYPES = ['invoice', 'message', 'work', 'complaint', 'scope_change', 'client_delay', 'team_feedback', 'praise', 'abuse', 'fee_dispute', 'my_custom'];

/** One random event in flow style, valid or nearly so. */
function randomEvent(r: Rng, i: number): string {
  const d = `2026-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  switch (r.pick(TYPES)) {
    case 'invoice':
      return `{date: ${d}, type: invoice, ref: F-${i}, amount: ${r.int(0, 5000)}, due: ${d}${r.chance(0.5) ? `, paid: ${d}` : ''}}`;
    case 'message':
      return `{date: ${d}, type: message${r.chance(0.5) ? `, answered: ${d}` : ''}}`;
    case 'work':
      return `{date: ${d}, type: work, hours: ${r.int(0, 40)}, billable: ${r.chance(0.5)}}`;
    case 'team_feedback':
      return `{date: ${d}, type: team_feedback, mood: ${r.int(1, 5)}}`;
    case 'client_delay':
      return `{date: ${d}, type: client_delay, days: ${r.int(0, 30)}}`;
    case 'scope_change':
      return `{date: ${d}, type: scope_change, billed: ${r.chance(0.5)}}`;
    default:
      return `{date: ${d}, type: ${r.pick(TYPES)}, note: n${i}}`;
  }
}

/** Hundreds to tens of thousands of events (or criteria in a rubric). */
const manyEvents: Op = (s, r, { kind }) => {
  const n = r.chance(0.1) ? r.int(5_000, 20_000) : r.int(100, 2_000);
  if (kind === 'rubric') {
    const items = Array.from({ length: Math.min(n, 2000) }, (_, i) => `  - {id: c${i}, title: {en: C${i}, es: C${i}}, metric: complaints, warn: 1, flag: 2, weight: 1, theme: respect}`);
    return s.replace(/\ncriteria:[^\n]*\n/, (m) => `${m}${items.join('\n')}\n`);
  }
  const items = Array.from({ length: n }, (_, i) => `  - ${randomEvent(r, i)}`).join('\n');
  if (/\nevents:[ \t]*\r?\n/.test(s)) return s.replace(/\nevents:[ \t]*\r?\n/, (m) => `${m}${items}\n`);
  return `${s}\nevents:\n${items}\n`;
};

/** The whole file replaced: empty, whitespace, random bytes, a lone scalar or list. */
const replaceAll: Op = (_s, r) => r.pick(['', ' \n\t\n', '\n\n\n', '# only a comment\n', '---\n', 'just text', '- a\n- b\n', '42', '{}', '[]', 'null', r.bytes(r.int(1, 4096)).toString('latin1')]);

/** Every operator by name (the name is what a failing case prints). */
export const OPS: Record<string, Op> = {
  deleteLines, shiftIndent, swapIndent, swapLines, moveLine, duplicateLine, duplicateKey, commentOut, tabs, crlf, bom,
  truncate, insertBytes, deleteBytes, invalidUtf8, unbalanced,
  wrongType, badDate, numberEdge, protoValue, controlInValue, pathValue, emptyValue, dropField, addField, specialKeys,
  yamlOddities, unicodeText,
  hugeString, longLine, deepNesting, aliasBomb, manyEvents, replaceAll,
};

/**
 * How often each operator is drawn. The cheap, common corruptions carry most of the
 * weight; the costly pathological shapes (MBs of text, 20k events) stay rare so the CI
 * run keeps its time budget, yet still appear a few dozen times per run.
 */
export const OP_WEIGHTS: Record<keyof typeof OPS, number> = {
  deleteLines: 6, shiftIndent: 5, swapIndent: 4, swapLines: 4, moveLine: 3, duplicateLine: 4, duplicateKey: 3, commentOut: 3,
  tabs: 3, crlf: 5, bom: 3, truncate: 5, insertBytes: 6, deleteBytes: 5, invalidUtf8: 3, unbalanced: 3,
  wrongType: 10, badDate: 6, numberEdge: 6, protoValue: 6, controlInValue: 10, pathValue: 4, emptyValue: 4, dropField: 4,
  addField: 4, specialKeys: 3, yamlOddities: 4, unicodeText: 3,
  hugeString: 0.6, longLine: 0.8, deepNesting: 1.2, aliasBomb: 1.5, manyEvents: 1, replaceAll: 1,
};

/** Applies the named operators in order. Unknown names throw (a typo in a replay). */
export function mutate(source: Buffer, ops: readonly string[], r: Rng, ctx: OpContext): Buffer {
  let s: Bytes = source.toString('latin1');
  for (const name of ops) {
    const op = OPS[name];
    if (!op) throw new Error(`unknown fuzz operator ${name}; known: ${Object.keys(OPS).join(', ')}`);
    s = op(s, r, ctx);
  }
  return Buffer.from(s, 'latin1');
}

import { parseDocument, LineCounter, isAlias, isMap, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import type { Problem } from './errors.js';
import { M } from './i18n/msg.js';
import { MAYBE_MARKER, secondDocumentLine } from './yamlDocuments.js';
import type { QuickYaml } from './yamlQuick.js';

/** A parsed YAML file with what is needed to point back at its lines. */
export interface YamlSource {
  file: string;
  text: string;
  doc: Document.Parsed;
  lc: LineCounter;
  data: unknown;
  /** Non-fatal notes (unknown tags and the like), for lint. */
  warnings: Problem[];
  /**
   * Set by the fast reader (fastSource.ts): `doc` holds only the header above `events:`,
   * and `lines` gives each event's 1-based line, in order.
   */
  partial?: { kind: 'client' | 'log'; lines: number[] };
  /**
   * Set by the quick reading (yamlQuick.ts): the plain string values, found without `doc`,
   * which is then built only when something reads it.
   */
  plain?: PlainValue[];
}

/** A plain (unquoted) string scalar in a value position, with the key it belongs to (lint/scalars.ts). */
export interface PlainValue {
  value: string;
  /** The nearest mapping key above it (`note`, or `open_work` for a list item). */
  key: string;
  /** Where the value starts and ends in the text. */
  start: number;
  end: number;
  /** The comment after the value on its line, with the spaces before it, or ''. */
  after: string;
}

/** The comment that starts `rest` (the text after a value, to the line's end or beyond), up to the line break, or ''. */
export function commentAfter(rest: string): string {
  const m = /^[ \t]+#[^\r\n]*/.exec(rest);
  return m ? m[0] : '';
}

/** The options of every full parse: positions are what it is for, and duplicate keys are errors. */
const PARSE_OPTIONS = { prettyErrors: false, logLevel: 'silent', uniqueKeys: true } as const;

/** Keys a file may not use (the quick reader leaves them to the full parse, which reports them). */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_SYNTAX_ERRORS = 5;

/** The line at 1-based `line`, without its newline, for error excerpts. */
export function sourceLine(text: string, line: number): string {
  let start = 0;
  for (let i = 1; i < line; i++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return '';
    start = nl + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? undefined : end).replace(/\r$/, '');
}

export function placeAt(src: Pick<YamlSource, 'file' | 'text' | 'lc'>, offset: number) {
  const { line, col } = src.lc.linePos(offset);
  return { file: src.file, line, col, source: sourceLine(src.text, line) };
}

/**
 * Where to point for "nested too deeply": the parser gives up wherever the call stack runs
 * out, which depends on how deep the caller already was, so the same file would get a
 * different column from each command. The first bracket on that line (else its first
 * character) is the same every time.
 */
function nestingStart(text: string, pos: number): number {
  const start = text.lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
  const end = text.indexOf('\n', start);
  const line = text.slice(start, end < 0 ? undefined : end);
  const bracket = line.search(/[[{]/);
  return start + (bracket >= 0 ? bracket : Math.max(0, line.search(/\S/)));
}

/** Deeper than any real file; the yaml package itself gives up near 10,000. */
const MAX_FLOW_DEPTH = 1000;

/**
 * Where flow brackets (`[`, `{`) first nest deeper than MAX_FLOW_DEPTH, or -1. One pass
 * over the text, so `x: {a: {a: …` a million times deep (5 MB) is refused in milliseconds
 * instead of the ~10 s and 1 GB the yaml package spends before it runs out of stack.
 * Brackets inside comments and quoted scalars are skipped; a quote counts only where a
 * scalar can start, so the apostrophe in `don't` opens nothing.
 */
function tooDeep(text: string): number {
  let depth = 0;
  let prev = '\n';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '#' && (prev === ' ' || prev === '\t' || prev === '\n')) {
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      i = nl - 1;
    } else if ((c === '"' || c === "'") && /[\s[{,:-]/.test(prev)) {
      for (i++; i < text.length; i++) {
        if (c === '"' && text[i] === '\\') i++;
        else if (text[i] === c) {
          if (c === "'" && text[i + 1] === "'") i++;
          else break;
        }
      }
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
    prev = text[i]!;
  }
  return -1;
}

/**
 * Parses YAML text (never a path) into data, or returns every problem found, each with
 * file:line:col. Never throws for bad input: alias bombs, deep nesting, forbidden keys
 * and unknown tags all come back as problems.
 */
export function parseYaml(
  text: string,
  file: string,
  kind: 'client' | 'log' | 'rubric' | 'settings' | 'map' | 'any' = 'any',
  /** A quick reader to try first (lint passes yamlQuick.ts's: it loads js-yaml, which other commands need not). */
  opts: { quick?: (text: string) => QuickYaml | null } = {},
): { ok: true; src: YamlSource } | { ok: false; problems: Problem[] } {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // A file with a document marker (`---`, `...`) is the full parser's, to tell one
  // document from two; js-yaml's own depth limit stands in for tooDeep's.
  if (opts.quick && !MAYBE_MARKER.test(text)) {
    const quick = opts.quick(text);
    if (quick) return { ok: true, src: quickSource(file, text, quick) };
  }
  const lc = new LineCounter();
  const at = (offset: number) => placeAt({ file, text, lc }, offset);
  const deep = tooDeep(text);
  if (deep >= 0) {
    // No parse has run, so no LineCounter: count the lines here.
    const offset = nestingStart(text, deep);
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const line = text.slice(0, lineStart).split('\n').length;
    const place = { file, line, col: offset - lineStart + 1, source: sourceLine(text, line) };
    return { ok: false, problems: [{ code: 'yaml-syntax', ...place, message: M.t.err.nesting, expected: M.t.err.nestingExpected }] };
  }
  const second = secondDocumentLine(text);
  if (second !== null) {
    return { ok: false, problems: [{ code: 'multiple-documents', file, line: second, col: 1, source: sourceLine(text, second), message: M.t.err.secondDocument, expected: M.t.err.secondDocumentExpected }] };
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lc, ...PARSE_OPTIONS });
  } catch {
    return { ok: false, problems: [{ code: 'yaml-syntax', file, line: 1, col: 1, message: M.t.err.nesting, expected: M.t.err.nestingExpected }] };
  }
  const problems: Problem[] = [];
  // One cause often produces hundreds of follow-on errors (deep nesting): report the first
  // few, and a nesting overflow alone.
  const nestingError = doc.errors.find((e) => /call stack/i.test(e.message));
  if (nestingError) {
    return { ok: false, problems: [{ code: 'yaml-syntax', ...at(nestingStart(text, nestingError.pos[0])), message: M.t.err.nesting, expected: M.t.err.nestingExpected }] };
  }
  for (const e of doc.errors.slice(0, MAX_SYNTAX_ERRORS)) {
    problems.push({
      code: 'yaml-syntax',
      ...at(e.pos[0]),
      message: M.t.err.yamlSyntax(e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')),
      expected: e.code === 'DUPLICATE_KEY' ? M.t.err.duplicateKeyExpected : e.code === 'TAB_AS_INDENT' ? M.t.err.tabExpected : M.t.err.yamlSyntaxExpected,
    });
  }
  if (problems.length) return { ok: false, problems };
  if (doc.directives?.yaml.explicit && doc.directives.yaml.version === '1.1') {
    return { ok: false, problems: [{ code: 'yaml-version', ...at(0), message: M.t.err.yamlVersion, expected: M.t.err.yamlVersionExpected }] };
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return {
      ok: false,
      problems: [{ code: 'empty-file', file, line: 1, col: 1, message: M.t.err.empty, expected: M.t.err.emptyExpected[kind] }],
    };
  }
  const warnings: Problem[] = doc.warnings.map((w) => ({
    code: 'yaml-warning' as const,
    severity: 'warning' as const,
    ...at(w.pos[0]),
    message: M.lint.yamlWarning(w.message.split('\n')[0]!),
  }));
  let firstAlias: Node | undefined;
  const anchors = new Map<string, Node>();
  try {
    visit(doc, {
      Pair(_, pair) {
        if (isScalar(pair.key) && typeof pair.key.value === 'string' && FORBIDDEN_KEYS.has(pair.key.value)) {
          problems.push({
            code: 'forbidden-key',
            ...at(pair.key.range?.[0] ?? 0),
            message: M.t.err.forbiddenKey(pair.key.value),
            expected: M.t.err.forbiddenKeyExpected,
          });
        }
      },
      Node(_, node, path) {
        if (!isAlias(node)) {
          // Document order: an alias names the latest anchor of that name before it.
          if (node.anchor) anchors.set(node.anchor, node);
          return;
        }
        firstAlias ??= node;
        // `x: &a [*a]`: the data would contain itself. Harmless to a reader that ignores
        // `x`, but any walk over the data (comparing, printing) would never end. A map of
        // anchors keeps this linear (Alias#resolve searches the document for each alias).
        const target = anchors.get(node.source);
        if (target && path.includes(target)) {
          problems.push({ code: 'yaml-alias', ...at(node.range?.[0] ?? 0), message: M.t.err.aliasCycle(node.source), expected: M.t.err.aliasCycleExpected });
          return visit.BREAK;
        }
      },
    });
  } catch {
    return { ok: false, problems: [{ code: 'yaml-syntax', file, line: 1, col: 1, message: M.t.err.nesting, expected: M.t.err.nestingExpected }] };
  }
  if (problems.length) return { ok: false, problems };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const alias = e instanceof ReferenceError || /alias/i.test(String((e as Error)?.message));
    const pos = alias && firstAlias && isAlias(firstAlias) ? (firstAlias.range?.[0] ?? 0) : 0;
    return {
      ok: false,
      problems: [
        alias
          ? { code: 'yaml-alias', ...at(pos), message: M.t.err.alias, expected: M.t.err.aliasExpected }
          : { code: 'yaml-syntax', ...at(0), message: M.t.err.nesting, expected: M.t.err.nestingExpected },
      ],
    };
  }
  return { ok: true, src: { file, text, doc, lc, data, warnings } };
}

/**
 * A source read quickly: the same data and lines as a full parse, and the full parse itself
 * (`doc`, for placing a finding) made the first time it is read. Spreading the source reads it.
 */
function quickSource(file: string, text: string, quick: QuickYaml): YamlSource {
  let doc: Document.Parsed | undefined;
  return {
    file,
    text,
    lc: quick.lc,
    data: quick.data,
    warnings: [],
    plain: quick.plain,
    get doc() {
      doc ??= parseDocument(text, PARSE_OPTIONS);
      return doc;
    },
  };
}

/**
 * The node a zod issue path points at; when the key is missing, its closest existing
 * parent (so "`amount` is required" points at the event that lacks it).
 */
export function nodeAt(doc: Document.Parsed, path: readonly PropertyKey[]): { node: Node | null; exact: boolean } {
  for (let n = path.length; n >= 0; n--) {
    const p = path.slice(0, n) as (string | number)[];
    const node = (n === 0 ? doc.contents : doc.getIn(p, true)) as Node | null | undefined;
    if (node && (isMap(node) || isSeq(node) || isScalar(node) || isAlias(node))) return { node, exact: n === path.length };
  }
  return { node: null, exact: false };
}

/** 1-based line of the node at `path` (used for event evidence). */
export function lineOf(src: YamlSource, path: (string | number)[]): number {
  const { node } = nodeAt(src.doc, path);
  return node?.range ? src.lc.linePos(node.range[0]).line : 1;
}

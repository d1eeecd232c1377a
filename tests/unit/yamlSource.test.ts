/**
 * parseYaml: never throws on bad input, and every problem has a code and file:line:col.
 * Hostile inputs (alias bombs, deep nesting) must come back fast.
 */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/core/errors.js';
import { lineOf, nodeAt, parseYaml, placeAt, sourceLine } from '../../src/core/yamlSource.js';
import type { Lang } from '../../src/core/i18n/index.js';
import { en, es, worded, type Worded } from './build.js';

/** The problems of `text`, worded in `lang`. */
function problems(text: string, lang: Lang = 'en', kind: Parameters<typeof parseYaml>[2] = 'client'): Worded<Problem>[] {
  const r = parseYaml(text, 'f.yaml', kind);
  if (r.ok) throw new Error('expected problems, got data');
  return r.problems.map((p) => worded(p, lang));
}
function data(text: string): unknown {
  const r = parseYaml(text, 'f.yaml', 'client');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.src.data;
}
/** Milliseconds spent in fn; the hostile-input tests must stay well under a second. */
function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

describe('parseYaml: good input', () => {
  it('parses a mapping and keeps dates as strings (YAML 1.2 core schema)', () => {
    expect(data('name: ACME\nsince: 2024-01-05\nflag: no\n')).toEqual({ name: 'ACME', since: '2024-01-05', flag: 'no' });
  });

  it('strips a byte-order mark', () => {
    const d = data('\uFEFFname: ACME\n') as Record<string, unknown>;
    expect(Object.keys(d)).toEqual(['name']);
  });

  it('reads CRLF line endings, and positions still count lines', () => {
    expect(data('name: ACME\r\nindustry: retail\r\n')).toEqual({ name: 'ACME', industry: 'retail' });
    const [p] = problems('name: ACME\r\nindustry: retail\r\n__proto__: x\r\n');
    expect(p).toMatchObject({ code: 'forbidden-key', line: 3, col: 1, source: '__proto__: x' });
  });

  it('turns an unknown tag into a warning, not an error, and never runs it', () => {
    const r = parseYaml('name: !!js/function "x"\n', 'f.yaml', 'client');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.src.warnings).toHaveLength(1);
    expect(r.src.warnings[0]).toMatchObject({ code: 'yaml-warning', severity: 'warning', file: 'f.yaml', line: 1, col: 7 });
    expect(r.src.data).toEqual({ name: 'x' });
  });
});

describe('parseYaml: syntax errors', () => {
  it('points at line:col of the error with the offending line', () => {
    // `Scope change: x` is a nested mapping in a plain scalar: an error where the value starts.
    const [p, ...rest] = problems('name: ACME\nnote: Scope change: x\n');
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ code: 'yaml-syntax', file: 'f.yaml', line: 2, col: 7, source: 'note: Scope change: x' });
    expect(p!.message).toMatch(/^YAML syntax error: /);
    expect(p!.message).not.toMatch(/at line \d+, column \d+/); // the place is in line/col, not repeated
    expect(p!.expected).toBe(en.err.yamlSyntaxExpected);
  });

  it('reports duplicate keys', () => {
    const [p] = problems('name: A\nname: B\n');
    expect(p).toMatchObject({ code: 'yaml-syntax', line: 2 });
  });

  it('speaks Spanish with the Spanish catalogue', () => {
    const [p] = problems('name: ACME\nnote: Scope change: x\n', 'es');
    expect(p!.message).toMatch(/^error de sintaxis YAML: /);
    expect(p!.expected).toBe(es.err.yamlSyntaxExpected);
  });
});

describe('parseYaml: empty files', () => {
  it.each([
    ['an empty file', ''],
    ['only whitespace', '  \n\n   \n'],
    ['only comments', '# a client\n# with nothing yet\n'],
    ['a lone document marker', '---\n'],
  ])('refuses %s with what to write instead', (_, text) => {
    const ps = problems(text);
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ code: 'empty-file', file: 'f.yaml', line: 1, col: 1, message: en.err.empty, expected: en.err.emptyExpected.client });
  });

  it('says what each kind of file needs', () => {
    expect(problems('', 'en', 'rubric')[0]!.expected).toBe(en.err.emptyExpected.rubric);
    expect(problems('', 'en', 'log')[0]!.expected).toBe(en.err.emptyExpected.log);
    expect(problems('', 'es', 'client')[0]!.message).toBe(es.err.empty);
  });
});

describe('parseYaml: hostile input', () => {
  it('stops an alias bomb quickly with yaml-alias at the first alias', () => {
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
      'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
    ].join('\n');
    const [ps, ms] = timed(() => problems(bomb));
    expect(ms).toBeLessThan(1000);
    expect(ps).toHaveLength(1);
    // The first alias is `*a` on line 2, column 8.
    expect(ps[0]).toMatchObject({ code: 'yaml-alias', line: 2, col: 8, message: en.err.alias });
  });

  it('turns 10,000 nested `[` into a problem instead of a crash', () => {
    const [ps, ms] = timed(() => problems('['.repeat(10_000)));
    expect(ms).toBeLessThan(1000);
    // One cause, one problem (not hundreds of follow-on errors).
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ code: 'yaml-syntax', line: 1, message: en.err.nesting, expected: en.err.nestingExpected });
  });

  it('turns balanced deep nesting into a problem too', () => {
    const [ps, ms] = timed(() => problems(`a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`));
    expect(ms).toBeLessThan(1000);
    expect(ps[0]).toMatchObject({ code: 'yaml-syntax', message: en.err.nesting });
  });

  it('refuses a __proto__ key with its position', () => {
    const ps = problems('name: ACME\ncontact:\n  __proto__: {polluted: true}\n');
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ code: 'forbidden-key', file: 'f.yaml', line: 3, col: 3, source: '  __proto__: {polluted: true}', message: en.err.forbiddenKey('__proto__') });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a quoted "__proto__" key inside an event as well', () => {
    const ps = problems('name: A\nevents:\n  - {date: 2026-01-01, type: note, "__proto__": 1}\n');
    // The quote opening the key is column 36.
    expect(ps[0]).toMatchObject({ code: 'forbidden-key', line: 3, col: 36 });
  });

  it('refuses a %YAML 1.1 directive (it changes what NO and 010 mean)', () => {
    const ps = problems('%YAML 1.1\n---\nname: ACME\nflag: NO\n');
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ code: 'yaml-version', line: 1, col: 1, message: en.err.yamlVersion });
  });

  it('accepts an explicit %YAML 1.2 directive', () => {
    expect(data('%YAML 1.2\n---\nname: ACME\n')).toEqual({ name: 'ACME' });
  });
});

describe('position helpers', () => {
  const text = 'name: A\r\nevents:\n  - {date: 2026-01-01, type: complaint}\n  - date: 2026-02-01\n    type: blame\n';
  const r = parseYaml(text, 'f.yaml', 'client');
  if (!r.ok) throw new Error('fixture');
  const src = r.src;

  it('sourceLine returns a line without its line ending, or empty past the end', () => {
    expect(sourceLine(text, 1)).toBe('name: A');
    expect(sourceLine(text, 4)).toBe('  - date: 2026-02-01');
    expect(sourceLine(text, 99)).toBe('');
  });

  it('placeAt turns an offset into file, line, col and the line', () => {
    expect(placeAt(src, text.indexOf('events'))).toEqual({ file: 'f.yaml', line: 2, col: 1, source: 'events:' });
  });

  it('lineOf gives the line of a node, and nodeAt falls back to the closest parent', () => {
    expect(lineOf(src, ['events', 0])).toBe(3);
    expect(lineOf(src, ['events', 1, 'type'])).toBe(5);
    const missing = nodeAt(src.doc, ['events', 1, 'amount']);
    expect(missing.exact).toBe(false);
    expect(src.lc.linePos(missing.node!.range![0]).line).toBe(4);
    expect(nodeAt(src.doc, ['events', 0, 'type']).exact).toBe(true);
  });
});

describe('parseYaml: an alias inside the value it names', () => {
  it('is a located problem, not data that contains itself', () => {
    // `*a` starts on line 2, column 8.
    const r = parseYaml('name: C\nx: &a [*a]\n', 'c.yaml', 'client');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([expect.objectContaining({ code: 'yaml-alias', line: 2, col: 8 })]);
    expect(worded(r.problems[0]!).message).toContain('*a');
  });

  it('deeper inside a mapping, and in Spanish', () => {
    const r = parseYaml('name: C\nx: &a {k: [1, *a]}\n', 'c.yaml', 'client');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(worded(r.problems[0]!, 'es')).toMatchObject({ line: 2, col: 15, message: expect.stringContaining('se contendría a sí mismo') });
  });

  it('leaves ordinary aliases and a redefined anchor alone', () => {
    const shared = parseYaml('name: C\na: &a [1]\nb: [*a, *a]\n', 'c.yaml', 'client');
    expect(shared.ok && shared.src.data).toEqual({ name: 'C', a: [1], b: [[1], [1]] });
    // The inner `&a 1` is the anchor `*a` names, and it does not contain the alias.
    const redefined = parseYaml('name: C\nx: &a [&a 1, *a]\n', 'c.yaml', 'client');
    expect(redefined.ok && redefined.src.data).toEqual({ name: 'C', x: [1, 1] });
  });
});

describe('parseYaml: nested too deeply', () => {
  it('points at the same place however deep the caller already is', () => {
    const text = `name: C\nx: ${'['.repeat(100_000)}\n`;
    const direct = problems(text);
    // The parser runs out of stack at a different bracket when less stack is left.
    const deep = (n: number): Worded<Problem>[] => (n === 0 ? problems(text) : [...deep(n - 1)]);
    const fromDeep = deep(3000);
    // Line 2, column 4: the first `[` of the value.
    expect(direct).toEqual([expect.objectContaining({ line: 2, col: 4, message: en.err.nesting })]);
    expect(fromDeep).toEqual(direct);
  });
});

describe('parseYaml: flow nesting past 1,000 levels is refused before parsing', () => {
  it('a million `{a: ` deep (5 MB) is one located problem', () => {
    const ps = problems(`name: C\nx: ${'{a: '.repeat(1_000_000)}1${'}'.repeat(1_000_000)}\n`);
    expect(ps).toEqual([expect.objectContaining({ code: 'yaml-syntax', line: 2, col: 4, message: en.err.nesting })]);
    expect(ps[0]!.source?.startsWith('x: {a: {a:')).toBe(true);
  });

  it('counts only brackets that are YAML: not in quotes, comments or after an apostrophe', () => {
    const many = '['.repeat(2000);
    expect(data(`name: "${many}"\nnote: '${many}'\n# ${many}\n`)).toEqual({ name: many, note: many });
    // The apostrophe in "don't" opens no quote, so the nesting after it is still seen.
    expect(problems(`name: don't\nx: ${'['.repeat(1001)}${']'.repeat(1001)}\n`)[0]).toMatchObject({ line: 2, col: 4, message: en.err.nesting });
  });

  it('leaves ordinary nesting to the parser', () => {
    expect(data(`name: C\nx: ${'['.repeat(100)}1${']'.repeat(100)}\n`)).toMatchObject({ name: 'C' });
  });
});

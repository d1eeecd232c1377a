/**
 * The quick reader (js-yaml's events) must give exactly what the `yaml` package gives —
 * the data, the lines, the plain string values two lint rules read — on every file it
 * accepts, and step aside (null) where it cannot be sure. Checked on every shipped and
 * fixture file, on generated documents mixing every scalar style and the values the core
 * schema treats specially, and on random one-character edits of the shipped files. Lint
 * must report the same findings, at the same places, either way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, lintFile } from '../../src/core/lint/run.js';
import { plainValues } from '../../src/core/lint/scalars.js';
import { lintReader, QUICK_FROM, quickYaml } from '../../src/core/yamlQuick.js';
import { parseYaml, type YamlSource } from '../../src/core/yamlSource.js';

const ROOT = join(import.meta.dirname, '..', '..');
const RUNS = Number(process.env.FC_RUNS ?? 400);

function yamlFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}
const FILES = [...yamlFiles('rubrics'), ...yamlFiles('examples'), ...yamlFiles('tests/fixtures')];

const full = (text: string) => parseYaml(text, 'f.yaml', 'any');
const quick = (text: string) => parseYaml(text, 'f.yaml', 'any', { quick: quickYaml });

/** When the quick reader accepts `text`, everything it gives matches the full parse. Returns whether it accepted. */
function agrees(text: string): boolean {
  const q = quick(text);
  if (!q.ok || !q.src.plain) return false;
  const f = full(text);
  expect(f.ok, `the full parse refuses what the quick reader took:\n${text}`).toBe(true);
  if (!f.ok) return true;
  expect(q.src.data).toEqual(f.src.data);
  expect(q.src.lc.lineStarts).toEqual(f.src.lc.lineStarts);
  expect(f.src.warnings).toEqual([]);
  expect(q.src.plain).toEqual(plainValues(f.src));
  // The lazily built Document is the full parse's.
  expect(q.src.doc.toJS()).toEqual(f.src.data);
  return true;
}

function findings(src: YamlSource) {
  const c = classify(src, undefined);
  return c.ok ? lintFile({ src, kind: c.kind, data: c.data, asOf: '2026-11-24' }) : c.findings;
}

describe('quickYaml', () => {
  it('reads every shipped rubric and example, and agrees with yaml on every file it takes', () => {
    let taken = 0;
    for (const file of FILES) {
      const text = readFileSync(file, 'utf8');
      if (agrees(text)) taken++;
      else if (!file.includes('fixtures')) throw new Error(`${file}: a shipped file the quick reader should take`);
    }
    expect(taken).toBeGreaterThan(FILES.length / 2);
  });

  it('gives lint the same findings, at the same places, as a full parse', () => {
    for (const file of FILES) {
      const text = readFileSync(file, 'utf8');
      const q = quick(text);
      const f = full(text);
      expect(q.ok).toBe(f.ok);
      if (q.ok && f.ok) expect(findings(q.src), file).toEqual(findings(f.src));
    }
  });

  it('finds a comment glued to a plain value, and a number written as text, where yaml does', () => {
    const text = 'id: x\ncriteria:\n  - id: a\n    note: Invoice #42\n    custom: 1,500   # spaced comment\n    list:\n      - 1.500,00\n';
    expect(agrees(text)).toBe(true);
    const plain = quick(text);
    if (!plain.ok) throw new Error('parses');
    expect(plain.src.plain!.map((p) => [p.key, p.value])).toEqual([
      ['id', 'x'],
      ['id', 'a'],
      ['note', 'Invoice'],
      ['custom', '1,500'],
      ['list', '1.500,00'],
    ]);
  });

  it.each([
    ['an anchor', 'a: &x 1\nb: 2\n'],
    ['an alias', 'a: 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a local tag', 'a: !thing 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a repeated key', 'a: 1\na: 2\n'],
    ['a forbidden key', '__proto__: {x: 1}\n'],
    ['a key that is a number', '1: one\n'],
    ['a key that is a collection', '? [a, b]\n: c\n'],
    ['a key over 1,000 characters', `${'k'.repeat(1100)}: 1\n`],
    ['a quoted key over two lines', '"a\n b": 1\n'],
    ['a null key', '~: x\n'],
    ['a flow collection over two lines', 'a: {x: 1,\n  y: 2}\n'],
    ['a flow end first on its line', 'a: [1, 2\n]\n'],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
    ['a list at the root', '- a\n- b\n'],
    ['a scalar at the root', 'just text\n'],
    ['an empty file', ''],
    ['a syntax error', 'a: [1, 2\nb: 3\n'],
    ['a tab as indentation', 'a:\n\tb: 1\n'],
    ['nesting past 100 levels', `${'['.repeat(150)}${']'.repeat(150)}`],
    // Found by comparing the two parsers (a review with ~4.5 million generated inputs):
    // yaml refuses or reads these differently, js-yaml takes them.
    ['a key whose `:` is over 1,024 characters on', `k${' '.repeat(1030)}: 1\n`],
    ['a quoted key whose `:` is over 1,024 characters on', `"${'k'.repeat(1000)}"${' '.repeat(30)}: 1\n`],
    ['a flow key whose `:` is over 1,024 characters on', `a: [x${' '.repeat(1100)}: 1]\n`],
    ['a tab-only line in a block scalar', 'a: |\n  x\n\t\n'],
    ['a tab-only line after an empty value', 'a:\n\t'],
    ['a tab line inside a plain scalar', 'a: 1\n\t\n !'],
    ['a tab before the `:` of an explicit key', '? e\n\t:'],
    ['a \\U escape beyond U+10FFFF', 'a: "\\U00110000"\n'],
    ['an escaped line break before a blank line', 'k: "a\\\n\n  b"\n'],
    ['an indentation indicator over blank content', 'a: |1\n  \n'],
    ['an indentation indicator with keep chomping', 'a: |1+\n  \n'],
  ])('steps aside for %s', (_, text) => {
    expect(quickYaml(text)).toBeNull();
  });

  it('is what lint uses for a file of 4 KB or more; a smaller one is parsed in full (cheaper than loading js-yaml)', () => {
    const small = 'id: mine\nextends: builtin:default\ncriteria:\n  - id: late-payment\n    weight: 30\n';
    expect(quickYaml(small)).not.toBeNull();
    expect(lintReader(small)).toBeNull();
    const large = small + `# ${'-'.repeat(QUICK_FROM)}\n`;
    expect(lintReader(large)?.data).toEqual(quickYaml(small)?.data);
  });

  it('reads CRLF line ends as yaml does, and leaves a file with a document marker to the full parse', () => {
    expect(agrees('a: 1\r\nb:\r\n  - x\r\n')).toBe(true);
    // A marker sends the file to the full parser, which tells one document from two.
    expect(quick('a: 1\n---\nb: 2\n').ok).toBe(false);
    expect(quick('---\na: 1\n').ok && (quick('---\na: 1\n') as { src: YamlSource }).src.plain).toBeUndefined();
  });
});

// ── Generated documents ────────────────────────────────────────────────────────────────

/** Values the core schema reads specially, text YAML might cut or refuse, and plain words. */
const WORDS = [
  'ok', 'Pays late', 'Pidió tres landings', "don't", 'F-7', 'é ñ', '«hola»', '¿qué?', '€100', 'a–b', 'x.y', 'a/b',
  'Invoice #42', 'a #b', 'x # c', '1,500', '1.500,00', '1500,5', '12', '-3', '+4', '007', '0x1F', '0o17', '0b11', '1e3',
  '1E-2', '.5', '1.', '1.50', '1_000', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '~', 'null', 'Null', 'NULL', 'true',
  'True', 'FALSE', 'yes', 'no', 'on', 'off', 'y', 'n', '2026-01-10', '2026-13-45', '12:30', '1:20:30', 'a: b', 'a:b', '- x',
  '[x]', '{x}', '"q"', "'q'", '', ' ', '@x', '`x', '%x', '!x', '&x', '*x', '|', '>', '?', ':', '-', '#', 'a\\b', 'tab\there',
  'line\nbreak', 'two\n\nbreaks', 'trailing ', ' leading', '\u00a0', '\u2028', '٣', 'ǅ', '<<', '=', 'constructor', '---', '...',
];
const word = fc.constantFrom(...WORDS);
const KEYS = ['id', 'title', 'note', 'en', 'es', 'metric', 'warn', 'flag', 'weight', 'ref', 'amount', 'criteria', 'items', 'x', 'y', '<<', '1', 'true', 'null', 'a b', 'é', 'key:colon', '"q"'];
const key = fc.constantFrom(...KEYS);

type Tree = { t: 'scalar'; v: string; style: number } | { t: 'map'; flow: boolean; entries: [string, Tree][] } | { t: 'seq'; flow: boolean; items: Tree[] };

const scalar = fc.record({ t: fc.constant('scalar' as const), v: word, style: fc.integer({ min: 0, max: 6 }) });
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.record({ t: fc.constant('map' as const), flow: fc.boolean(), entries: fc.array(fc.tuple(key, tie('node')), { maxLength: 4 }) }),
    fc.record({ t: fc.constant('seq' as const), flow: fc.boolean(), items: fc.array(tie('node'), { maxLength: 4 }) }),
  ),
})).node;

const dq = (s: string) => JSON.stringify(s);
const sq = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** One scalar in the style asked for: plain, quoted, a block scalar, or plain over two lines. */
function renderScalar(s: { v: string; style: number }, indent: string, flowCtx: boolean): string {
  switch (s.style) {
    case 1:
      return dq(s.v);
    case 2:
      return sq(s.v);
    case 3:
      if (flowCtx) return dq(s.v);
      return `|\n${s.v.split('\n').map((l) => `${indent}  ${l}`).join('\n')}`;
    case 4:
      if (flowCtx) return sq(s.v);
      return `>-\n${s.v.split('\n').map((l) => `${indent}  ${l}`).join('\n')}`;
    case 5:
      return flowCtx ? s.v : `${s.v}\n${indent}  ${s.v}`;
    default:
      return s.v;
  }
}

function renderFlow(n: Tree): string {
  if (n.t === 'scalar') return renderScalar(n, '', true);
  if (n.t === 'seq') return `[${n.items.map(renderFlow).join(', ')}]`;
  return `{${n.entries.map(([k, v]) => `${k}: ${renderFlow(v)}`).join(', ')}}`;
}

/** Lines of `n` as the value after `key:` (or `- `) at `indent`. */
function renderValue(n: Tree, indent: string, comment: string): string {
  if (n.t === 'scalar') return ` ${renderScalar(n, indent, false)}${comment}\n`;
  if (n.flow || (n.t === 'map' ? n.entries.length : n.items.length) === 0) return ` ${renderFlow(n)}${comment}\n`;
  return `${comment}\n${renderBlock(n, `${indent}  `)}`;
}

function renderBlock(n: Tree, indent: string): string {
  if (n.t === 'map') return n.entries.map(([k, v], i) => `${indent}${k}:${renderValue(v, indent, i % 2 ? ' # c' : '')}`).join('');
  if (n.t === 'seq') return n.items.map((v) => `${indent}-${renderValue(v, indent, '')}`).join('');
  return `${indent}${renderScalar(n, indent, false)}\n`;
}

const rootMap = fc.array(fc.tuple(key, tree), { minLength: 1, maxLength: 6 }).map((entries) => renderBlock({ t: 'map', flow: false, entries }, ''));

describe('quickYaml on generated documents', () => {
  it('agrees with yaml on every document it takes, and takes many', () => {
    let taken = 0;
    let total = 0;
    fc.assert(
      fc.property(rootMap, (text) => {
        total++;
        if (agrees(text)) taken++;
      }),
      { numRuns: RUNS },
    );
    expect(taken).toBeGreaterThan(total / 10);
  }, 240_000);

  it('agrees with yaml after random one-character edits of the shipped files', () => {
    const texts = [...yamlFiles('rubrics'), ...yamlFiles('examples')].map((f) => readFileSync(f, 'utf8'));
    const edits = ['', ' ', '\n', '#', ':', '-', '"', "'", '{', '[', ',', '&', '*', '!', '|', '>', '\t', 'x', '1', '\r'];
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.nat(), fc.nat(3), fc.constantFrom(...edits), (i, at, cut, insert) => {
        const text = texts[i]!;
        const pos = at % (text.length + 1);
        agrees(text.slice(0, pos) + insert + text.slice(pos + cut));
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  }, 240_000);
});

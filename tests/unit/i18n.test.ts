/**
 * Message catalogue parity: English and Spanish have exactly the same keys (recursively),
 * functions with the same number of parameters, and no sentence left untranslated. Covers
 * `en.ts`/`es.ts` and every `<feature>.en.ts`/`<feature>.es.ts` pair found when the test
 * runs, so pairs added later are checked too.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogs, langFromLocale, pick } from '../../src/core/i18n/index.js';
import { ROOT } from './build.js';

const DIR = join(ROOT, 'src', 'core', 'i18n');

/** Arity differences allowed between the catalogues (none: keep it that way). */
const KNOWN_ARITY_MISMATCH = new Set<string>([]);

/** Sentences allowed to read the same in both languages (none so far). */
const SAME_TEXT_ALLOWED = new Set<string>([]);

type Leaf = { kind: 'string' | 'number' | 'boolean' | 'fn'; arity?: number; value: unknown };

/** Every leaf of a catalogue by its dotted path; functions are leaves. */
function leaves(obj: unknown, prefix = '', out = new Map<string, Leaf>()): Map<string, Leaf> {
  if (obj === null || typeof obj !== 'object') throw new Error(`not an object at ${prefix || '(root)'}`);
  for (const [k, v] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'function') out.set(path, { kind: 'fn', arity: v.length, value: v });
    else if (v !== null && typeof v === 'object') leaves(v, path, out);
    else out.set(path, { kind: typeof v as Leaf['kind'], value: v });
  }
  return out;
}

/** What a leaf says, for the "untranslated" check: functions are called with placeholders. */
function text(l: Leaf): string | null {
  if (l.kind === 'string') return l.value as string;
  if (l.kind !== 'fn') return null;
  const args = Array.from({ length: l.arity ?? 0 }, (_, i) => `«${i}»`);
  try {
    const r = (l.value as (...a: string[]) => unknown)(...args);
    return typeof r === 'string' ? r : null;
  } catch {
    return null;
  }
}

/**
 * A sentence worth translating: longer than 12 characters, with two or more words, and
 * neither a command example nor a list of literal values.
 */
function isSentence(s: string): boolean {
  if (/^\s*(clientfit|--)\S*\s/.test(s)) return false;
  // A list of literal values (`hour | day | month`) is the same in every language.
  if (/^[\w.-]+(\s*\|\s*[\w.-]+)+$/.test(s.trim())) return false;
  const words = s.replace(/«\d+»/g, ' ').match(/\p{L}{2,}/gu) ?? [];
  return s.length > 12 && words.length >= 2;
}

function checkPair(enCat: unknown, esCat: unknown) {
  const a = leaves(enCat);
  const b = leaves(esCat);
  expect([...b.keys()].sort(), 'same keys in en and es').toEqual([...a.keys()].sort());
  const kindDiff = [...a].filter(([p, l]) => b.get(p)?.kind !== l.kind).map(([p]) => p);
  expect(kindDiff, 'same kind (text / function / number) for each key').toEqual([]);
  const arityDiff = [...a]
    .filter(([p, l]) => l.kind === 'fn' && !KNOWN_ARITY_MISMATCH.has(p) && b.get(p)?.arity !== l.arity)
    .map(([p, l]) => `${p}: en ${l.arity}, es ${b.get(p)?.arity}`);
  expect(arityDiff, 'functions take the same parameters').toEqual([]);
  const untranslated = [...a]
    .filter(([p, l]) => {
      if (SAME_TEXT_ALLOWED.has(p)) return false;
      const x = text(l);
      const y = b.has(p) ? text(b.get(p)!) : null;
      return x !== null && x === y && isSentence(x);
    })
    .map(([p]) => p);
  expect(untranslated, 'Spanish sentences identical to the English ones').toEqual([]);
}

/** `<feature>.en.ts` files and their Spanish twins. */
const FEATURES = readdirSync(DIR)
  .filter((f) => f.endsWith('.en.ts'))
  .map((f) => f.slice(0, -'.en.ts'.length))
  .sort();

/** The catalogue a pair file exports: `<feature>En` by the brief's convention, else its only matching export. */
function exported(mod: Record<string, unknown>, feature: string, suffix: 'En' | 'Es'): unknown {
  const camel = feature.replace(/[-_.](\w)/g, (_, c: string) => c.toUpperCase());
  if (camel + suffix in mod) return mod[camel + suffix];
  const candidates = Object.keys(mod).filter((k) => k.endsWith(suffix) && mod[k] !== null && typeof mod[k] === 'object');
  if (candidates.length !== 1) throw new Error(`${feature}.${suffix.toLowerCase()}.ts should export \`${camel}${suffix}\``);
  return mod[candidates[0]!];
}

const load = (file: string) => import(pathToFileURL(join(DIR, file)).href) as Promise<Record<string, unknown>>;

describe('i18n parity', () => {
  it('en and es have the same keys, arities and translated sentences', () => {
    checkPair(catalogs.en, catalogs.es);
  });

  it('finds the feature catalogues to check', () => {
    // explain.en.ts exists today; the list grows as features add their pairs.
    expect(FEATURES).toContain('explain');
  });

  it.each(FEATURES)('%s: the .en.ts and .es.ts pair has the same keys, arities and translated sentences', async (feature) => {
    const files = readdirSync(DIR);
    expect(files, `${feature}.en.ts needs a Spanish twin`).toContain(`${feature}.es.ts`);
    const [enMod, esMod] = await Promise.all([load(`${feature}.en.ts`), load(`${feature}.es.ts`)]);
    checkPair(exported(enMod, feature, 'En'), exported(esMod, feature, 'Es'));
  });

  it('has no Spanish file without an English twin', () => {
    const orphans = readdirSync(DIR)
      .filter((f) => f.endsWith('.es.ts'))
      .filter((f) => !FEATURES.includes(f.slice(0, -'.es.ts'.length)));
    expect(orphans).toEqual([]);
  });
});

describe('the parity check itself', () => {
  it('catches a missing key, a different arity and an untranslated sentence', () => {
    expect(() => checkPair({ a: 'x', b: { c: 'y' } }, { a: 'x' })).toThrow();
    expect(() => checkPair({ f: (a: string, b: string) => a + b }, { f: (a: string) => a })).toThrow();
    expect(() => checkPair({ s: 'This is not translated' }, { s: 'This is not translated' })).toThrow();
    expect(() => checkPair({ f: (n: string) => `Red flags (${n})` }, { f: (n: string) => `Red flags (${n})` })).toThrow();
    // Formats with no words, short words and command examples may be the same.
    const same = { f: (a: string, b: string) => `${a} → ${b}`, u: 'error', cmd: 'clientfit lint rubrics/ clients/acme.yaml', v: 'ideal | real | scalable' };
    expect(() => checkPair(same, { ...same })).not.toThrow();
  });
});

describe('catalogue helpers', () => {
  it('pick falls back to the other language, then to empty', () => {
    expect(pick({ en: 'Hi', es: 'Hola' }, 'es')).toBe('Hola');
    expect(pick({ en: 'Hi' }, 'es')).toBe('Hi');
    expect(pick({ es: 'Hola' }, 'en')).toBe('Hola');
    expect(pick(undefined, 'en')).toBe('');
  });
  it('langFromLocale reads LANG-style values', () => {
    expect(langFromLocale('es_ES.UTF-8')).toBe('es');
    expect(langFromLocale('es-MX')).toBe('es');
    expect(langFromLocale('en_GB.UTF-8')).toBe('en');
    expect(langFromLocale('C')).toBeUndefined();
    expect(langFromLocale('POSIX')).toBeUndefined();
    expect(langFromLocale('de_DE')).toBeUndefined();
    expect(langFromLocale(undefined)).toBeUndefined();
  });
  it('each catalogue names its own language and locale', () => {
    expect([catalogs.en.lang, catalogs.en.locale, catalogs.es.lang, catalogs.es.locale]).toEqual(['en', 'en-GB', 'es', 'es-ES']);
  });
});

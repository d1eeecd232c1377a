/**
 * Messages named in core and io (`M`, core/i18n/msg.ts) and worded at the edge (`word`,
 * core/i18n/word.ts): plain data, every key used resolves in both languages, and composite
 * messages read exactly as the strings they replaced.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { msgDebug, UserError, type Msg } from '../../src/core/errors.js';
import { LANGS, messages } from '../../src/core/i18n/index.js';
import { M } from '../../src/core/i18n/msg.js';
import { word } from '../../src/core/i18n/word.js';
import { ISSUE_KEYS } from '../../src/core/schema/common.js';
import { en, es, ROOT } from './build.js';

/** Every leaf of M: [dotted path, builder]. */
function leaves(node: unknown, path = ''): [string, unknown][] {
  if (typeof node === 'function' || (node !== null && typeof node === 'object' && typeof (node as Msg).key === 'string')) return [[path, node]];
  return Object.entries(node as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

/** The `.ts` files under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** What word() says for a key the bundle lacks (lint.showHeader, a list of lines, is no message, but is found). */
const UNKNOWN = /^no message /;

describe('M', () => {
  it('builds plain, structured-clone-safe messages: a key and the arguments', () => {
    expect(M.t.err.notFound('a.yaml')).toEqual({ key: 't.err.notFound', args: ['a.yaml'] });
    expect(M.t.err.nesting).toEqual({ key: 't.err.nesting' });
    const nested = M.lint.withExpected(M.t.err.badWindow('12 months'), M.t.err.badWindowExpected);
    expect(structuredClone(nested)).toEqual(nested);
    expect(Object.getPrototypeOf(nested)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(nested))).toEqual(nested);
  });

  it('has a message for every sentence of the English bundle, and its key is its path', () => {
    const all = leaves(M);
    expect(all.length).toBeGreaterThan(400);
    for (const [path, leaf] of all) {
      const msg = typeof leaf === 'function' ? (leaf as () => Msg)() : (leaf as Msg);
      expect(msg.key).toBe(path);
    }
  });
});

describe('word', () => {
  it('finds every message of M in both languages (a missing key throws, other failures are only the placeholder arguments)', () => {
    for (const lang of LANGS) {
      for (const [path, leaf] of leaves(M)) {
        const msg = typeof leaf === 'function' ? (leaf as (...a: string[]) => Msg)('«0»', '«1»', '«2»') : (leaf as Msg);
        try {
          word(msg, messages(lang));
        } catch (e) {
          expect(String((e as Error).message), `${lang}: ${path}`).not.toMatch(UNKNOWN);
        }
      }
    }
  });

  it('every M.… named in src/ and every custom zod issue key is a message of the bundle', () => {
    const used = new Set<string>();
    for (const file of sources(join(ROOT, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bM((?:\.[A-Za-z_$][\w$]*)+)/g)) used.add(m[1]!.slice(1));
    }
    expect(used.size).toBeGreaterThan(100);
    const resolve = (root: unknown, path: string) => path.split('.').reduce<unknown>((n, k) => (n && typeof n === 'object' && Object.hasOwn(n, k) ? (n as Record<string, unknown>)[k] : undefined), root);
    for (const path of used) {
      expect(resolve(M, path), `M.${path}`).toBeDefined();
      for (const lang of LANGS) expect(resolve(messages(lang), path), `${lang}: ${path}`).toBeDefined();
    }
    for (const key of Object.values(ISSUE_KEYS)) {
      for (const lang of LANGS) expect(word({ key, args: ['`since`', 'x'] }, messages(lang))).toContain('`since`');
    }
  });

  it('words the arguments that are messages first', () => {
    const msg = M.t.issue.type('amount', M.t.issue.kind('number'), M.t.issue.got.string('lots'));
    expect(word(msg, messages('en'))).toBe(en.issue.type('amount', en.issue.kinds.number!, en.issue.got.string('lots')));
    expect(word(msg, messages('es'))).toBe(es.issue.type('amount', es.issue.kinds.number!, es.issue.got.string('lots')));
    // A zod type without words of its own is named as zod names it.
    expect(word(M.t.issue.kind('bigint'), messages('es'))).toBe('bigint');
  });

  it('reads composite messages exactly as the strings they replaced', () => {
    for (const lang of LANGS) {
      const m = messages(lang);
      const { t, lint } = m;
      expect(word(M.lint.withExpected(M.t.err.badWindow('12 months'), M.t.err.badWindowExpected), m)).toBe(`${t.err.badWindow('12 months')} (${lint.expected}: ${t.err.badWindowExpected})`);
      expect(word(M.lint.withHint(M.lint.numberAsText('lost', '1,5'), M.lint.numberHint), m)).toBe(`${lint.numberAsText('lost', '1,5')}; ${lint.numberHint}`);
      expect(word(M.t.err.onFlag('--as-of', M.t.err.badDate('x')), m)).toBe(`--as-of: ${t.err.badDate('x')}`);
      // A loader problem as a finding keeps "expected" only when the message does not already say it.
      const typed = M.t.issue.type('a', M.t.issue.kind('number'), 'x');
      expect(word(M.lint.problemLine(typed, M.t.issue.kind('number')), m)).toBe(t.issue.type('a', t.issue.kinds.number!, 'x'));
      expect(word(M.lint.problemLine(M.t.err.empty, M.t.err.emptyExpected.log!), m)).toBe(`${t.err.empty} (${lint.expected}: ${t.err.emptyExpected.log})`);
    }
  });

  it('throws a clear internal error for a key that is not in the bundle', () => {
    expect(() => word({ key: 't.err.noSuchThing' }, messages('en'))).toThrow(/no message t\.err\.noSuchThing in the en catalogue/);
    expect(() => word({ key: 't.err' }, messages('es'))).toThrow(/t\.err in the es catalogue is not a message/);
  });
});

describe('UserError', () => {
  it('keeps its problems unworded; its own message is for developers', () => {
    const e = new UserError({ code: 'not-found', file: 'a.yaml', message: M.t.err.notFound('a.yaml') });
    expect(e.problems[0]!.message).toEqual({ key: 't.err.notFound', args: ['a.yaml'] });
    expect(e.message).toBe('t.err.notFound("a.yaml")');
    expect(msgDebug(M.t.err.onFlag('--lang', M.t.err.badLang('fr')))).toBe('t.err.onFlag("--lang", t.err.badLang("fr"))');
  });
});

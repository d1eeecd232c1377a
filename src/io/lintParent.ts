import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Catalog } from '../core/i18n/index.js';
import { UserError } from '../core/errors.js';
import type { ParentInfo } from '../core/lint/types.js';
import { BUILTIN_PREFIX } from '../core/rubric.js';
import { parseYaml } from '../core/yamlSource.js';
import { builtinPath, loadRubric } from './loadRubric.js';
import { readText, STDIN_NAME } from './readText.js';

const extendsOf = (data: unknown): string | null => {
  const v = data && typeof data === 'object' ? (data as { extends?: unknown }).extends : undefined;
  return typeof v === 'string' && v ? v : null;
};

/**
 * Where `ref` points from a rubric at `from` (as loadRubric resolves it), except that a
 * file named `-` stays a file: `extends: "-"` must never read standard input.
 */
function target(ref: string, from: string): string {
  if (ref.startsWith(BUILTIN_PREFIX) || isAbsolute(ref)) return ref;
  const path = join(from === STDIN_NAME ? '.' : dirname(from), ref);
  return path === '-' ? './-' : path;
}
const keyOf = (path: string) => resolve(path.startsWith(BUILTIN_PREFIX) ? builtinPath(path) : path);

/** The `extends` of the rubric file at `path`, or null when it has none or cannot be read. */
function parentRefOf(path: string, t: Catalog): string | null {
  try {
    const file = path.startsWith(BUILTIN_PREFIX) ? builtinPath(path) : path;
    const r = parseYaml(readText(file, t).text, file, t, 'rubric');
    return r.ok ? extendsOf(r.src.data) : null;
  } catch {
    return null;
  }
}

/**
 * Follows `extends` from a linted rubric: a loop anywhere in the chain, a parent that
 * cannot be read, or a parent with problems of its own each become a ParentInfo the
 * `extends` rule reports; otherwise the parent is built with loadRubric (as `score` does).
 */
export function resolveParent(data: unknown, file: string, t: Catalog): ParentInfo {
  const ref = extendsOf(data);
  if (!ref) return { status: 'none' };
  const first = target(ref, file);
  const chain = [file];
  const keys = file === STDIN_NAME ? [] : [resolve(file)];
  for (let cur: string | null = first, from = file, label = ref; cur; ) {
    const key = keyOf(cur);
    chain.push(label);
    if (keys.includes(key)) return { status: 'loop', ref, chain };
    keys.push(key);
    const next = parentRefOf(cur, t);
    [from, label] = [cur, next ?? ''];
    cur = next && target(next, from);
  }
  try {
    return { status: 'ok', ref, rubric: loadRubric(first, t) };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    const p = e.problems[0]!;
    const firstFile = first.startsWith(BUILTIN_PREFIX) ? builtinPath(first) : first;
    const unreadable = (p.code === 'not-found' || p.code === 'unreadable') && (p.file === first || p.file === firstFile);
    if (unreadable) return { status: 'missing', ref };
    const where = p.file ? `${p.file}${p.line ? `:${p.line}:${p.col ?? 1}` : ''}` : ref;
    return { status: 'invalid', ref, where, message: p.message };
  }
}

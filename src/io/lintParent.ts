import { resolve } from 'node:path';
import { UserError } from '../core/errors.js';
import { M } from '../core/i18n/msg.js';
import type { ParentInfo } from '../core/lint/types.js';
import { parseYaml } from '../core/yamlSource.js';
import { lintReader } from '../core/yamlQuick.js';
import { loadRubric } from './loadRubric.js';
import { readText, STDIN_NAME } from './readText.js';
import { precompiled } from './builtinRubric.js';
import { builtinName, extendsOf, isBuiltinRef, resolveRubricRef, rubricFile, rubricKey } from './rubricRef.js';

/** The `extends` of the rubric `ref` names, or null when it has none or cannot be read. */
function parentRefOf(ref: string): string | null {
  try {
    const file = rubricFile(ref);
    const { text } = readText(file);
    // A shipped rubric as the build stored it: its `extends` without parsing 23 KB of YAML.
    const pre = isBuiltinRef(ref) ? precompiled(builtinName(ref), text) : null;
    if (pre) return pre.extends;
    const r = parseYaml(text, file, 'rubric', { quick: lintReader });
    return r.ok ? extendsOf(r.src.data) : null;
  } catch {
    return null;
  }
}

/** Where `next` (named by `from`) points, or null when it cannot be followed (refused, or an unknown builtin). */
function follow(next: string, from: string): string | null {
  try {
    const path = resolveRubricRef(next, from);
    rubricFile(path);
    return path;
  } catch {
    return null;
  }
}

/**
 * Follows `extends` from a linted rubric: a loop anywhere in the chain, a parent that
 * cannot be read or lies outside the workspace, or a parent with problems of its own each
 * become a ParentInfo the `extends` rule reports; otherwise the parent is built with
 * loadRubric (as `score` does).
 */
export function resolveParent(data: unknown, file: string): ParentInfo {
  const ref = extendsOf(data);
  if (!ref) return { status: 'none' };
  let first: string;
  try {
    first = resolveRubricRef(ref, file);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    const p = e.problems[0]!;
    return { status: 'refused', ref, message: p.message, ...(p.expected ? { expected: p.expected } : {}) };
  }
  const chain = [file];
  const keys = file === STDIN_NAME ? [] : [resolve(file)];
  for (let cur: string | null = first, label = ref; cur; ) {
    const key = rubricKey(cur);
    chain.push(label);
    if (keys.includes(key)) return { status: 'loop', ref, chain };
    keys.push(key);
    const next = parentRefOf(cur);
    label = next ?? '';
    cur = next && follow(next, cur);
  }
  try {
    return { status: 'ok', ref, rubric: loadRubric(first) };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    const p = e.problems[0]!;
    const unreadable = (p.code === 'not-found' || p.code === 'unreadable') && (p.file === first || p.file === rubricKey(first) || p.file === ref);
    if (unreadable && p.code === 'unreadable') return { status: 'refused', ref, message: M.t.err.extendsUnreadable(ref, p.message), ...(p.expected ? { expected: p.expected } : {}) };
    if (unreadable) return { status: 'missing', ref, builtin: isBuiltinRef(ref) };
    const where = p.file ? `${p.file}${p.line ? `:${p.line}:${p.col ?? 1}` : ''}` : ref;
    return { status: 'invalid', ref, where, message: p.message };
  }
}

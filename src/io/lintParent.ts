import { resolve } from 'node:path';
import { UserError } from '../core/errors.js';
import type { ParentInfo } from '../core/lint/types.js';
import { parseYaml } from '../core/yamlSource.js';
import { loadRubric } from './loadRubric.js';
import { readText, STDIN_NAME } from './readText.js';
import { extendsOf, isBuiltinRef, resolveRubricRef, rubricFile, rubricKey } from './rubricRef.js';

/** The `extends` of the rubric `ref` names, or null when it has none or cannot be read. */
function parentRefOf(ref: string): string | null {
  try {
    const file = rubricFile(ref);
    const r = parseYaml(readText(file).text, file, 'rubric');
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
export function resolveParent(data: unknown, file: string): ParentInfo {
  const ref = extendsOf(data);
  if (!ref) return { status: 'none' };
  const first = resolveRubricRef(ref, file);
  const chain = [file];
  const keys = file === STDIN_NAME ? [] : [resolve(file)];
  for (let cur: string | null = first, label = ref; cur; ) {
    const key = rubricKey(cur);
    chain.push(label);
    if (keys.includes(key)) return { status: 'loop', ref, chain };
    keys.push(key);
    const next = parentRefOf(cur);
    label = next ?? '';
    cur = next && resolveRubricRef(next, cur);
  }
  try {
    return { status: 'ok', ref, rubric: loadRubric(first) };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    const p = e.problems[0]!;
    const unreadable = (p.code === 'not-found' || p.code === 'unreadable') && (p.file === first || p.file === rubricFile(first));
    if (unreadable) return { status: 'missing', ref, builtin: isBuiltinRef(ref) };
    const where = p.file ? `${p.file}${p.line ? `:${p.line}:${p.col ?? 1}` : ''}` : ref;
    return { status: 'invalid', ref, where, message: p.message };
  }
}

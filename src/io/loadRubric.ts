import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Catalog } from '../core/i18n/index.js';
import { UserError } from '../core/errors.js';
import { buildRubric, BUILTIN_PREFIX } from '../core/rubric.js';
import type { Rubric } from '../core/schema/rubric.js';
import { parseYaml, placeAt, type YamlSource } from '../core/yamlSource.js';
import { loadYaml } from './loadYaml.js';
import { precompiledRubric } from './builtinRubric.js';
import { readText } from './readText.js';
import { packageRoot } from './packageRoot.js';

export const BUILTIN_DEFAULT = `${BUILTIN_PREFIX}default`;

/** Path of a shipped rubric for `builtin:NAME`. */
export function builtinPath(ref: string): string {
  const name = ref.slice(BUILTIN_PREFIX.length);
  return join(packageRoot(), 'rubrics', `${name}.yaml`);
}

/**
 * Loads a rubric and the chain it `extends`, child over parent, detecting loops and
 * unreadable parents. `ref` is a path, `builtin:NAME`, or null for the default.
 */
export function loadRubric(ref: string | null | undefined, t: Catalog, seen: string[] = []): Rubric {
  const isBuiltin = !ref || ref.startsWith(BUILTIN_PREFIX);
  const path = isBuiltin ? builtinPath(ref ?? BUILTIN_DEFAULT) : ref;
  let src: YamlSource;
  if (isBuiltin) {
    const shown = ref ?? BUILTIN_DEFAULT;
    const name = shown.slice(BUILTIN_PREFIX.length);
    // The text is read once: compared with the precompiled copy, else parsed.
    const { text } = readText(path, t);
    const pre = /^[a-z0-9_-]+$/i.test(name) ? precompiledRubric(name, text, shown) : null;
    if (pre) return pre;
    const parsed = parseYaml(text, shown, t, 'rubric');
    if (!parsed.ok) throw new UserError(parsed.problems);
    src = parsed.src;
  } else src = loadYaml(path, t, 'rubric');
  const key = resolve(path);
  const parentRef = extendsOf(src);
  let parent: Rubric | null = null;
  if (parentRef) {
    const joined = parentRef.startsWith(BUILTIN_PREFIX) ? parentRef : isAbsolute(parentRef) ? parentRef : join(dirname(path), parentRef);
    // `extends: "-"` names a file called `-`, never standard input.
    const parentPath = joined === '-' ? './-' : joined;
    const parentKey = parentPath.startsWith(BUILTIN_PREFIX) ? resolve(builtinPath(parentPath)) : resolve(parentPath);
    const node = src.doc.get('extends', true) as { range?: [number, number, number] } | undefined;
    const where = placeAt(src, node?.range?.[0] ?? 0);
    if ([...seen, key].includes(parentKey)) {
      throw new UserError({ code: 'extends', ...where, message: t.err.extendsLoop(parentRef), expected: t.err.extendsExpected });
    }
    try {
      parent = loadRubric(parentPath, t, [...seen, key]);
    } catch (e) {
      if (e instanceof UserError && e.problems.some((p) => p.code === 'not-found' || p.code === 'unreadable')) {
        throw new UserError({ code: 'extends', ...where, message: t.err.extendsMissing(parentRef), expected: t.err.extendsExpected });
      }
      throw e;
    }
  }
  const r = buildRubric(src, parent, t);
  if (!r.ok) throw new UserError(r.problems);
  return r.value;
}

function extendsOf(src: YamlSource): string | null {
  const d = src.data as { extends?: unknown } | null;
  return d && typeof d === 'object' && typeof d.extends === 'string' && d.extends ? d.extends : null;
}

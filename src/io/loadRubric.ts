import { UserError } from '../core/errors.js';
import { M } from '../core/i18n/msg.js';
import { buildRubric } from '../core/rubric.js';
import type { Rubric } from '../core/schema/rubric.js';
import { parseYaml, placeAt, type YamlSource } from '../core/yamlSource.js';
import { loadYaml } from './loadYaml.js';
import { precompiledRubric } from './builtinRubric.js';
import { readText } from './readText.js';
import { BUILTIN_DEFAULT, builtinName, extendsOf, isBuiltinRef, resolveRubricRef, rubricFile, rubricKey } from './rubricRef.js';

/**
 * Loads a rubric and the chain it `extends`, child over parent, detecting loops and
 * unreadable parents. `ref` is a path, `builtin:NAME`, or null for the default.
 */
export function loadRubric(ref: string | null | undefined, seen: string[] = []): Rubric {
  const shown = ref || BUILTIN_DEFAULT;
  const path = rubricFile(shown);
  let src: YamlSource;
  if (isBuiltinRef(shown)) {
    const name = builtinName(shown);
    // The text is read once: compared with the precompiled copy, else parsed.
    const { text } = readText(path);
    const pre = precompiledRubric(name, text, shown);
    if (pre) return pre;
    const parsed = parseYaml(text, shown, 'rubric');
    if (!parsed.ok) throw new UserError(parsed.problems);
    src = parsed.src;
  } else src = loadYaml(path, 'rubric');
  const key = rubricKey(shown);
  const parentRef = extendsOf(src.data);
  let parent: Rubric | null = null;
  if (parentRef) {
    const node = src.doc.get('extends', true) as { range?: [number, number, number] } | undefined;
    const where = placeAt(src, node?.range?.[0] ?? 0);
    let parentPath: string;
    try {
      parentPath = resolveRubricRef(parentRef, shown);
    } catch (e) {
      // Outside the workspace: said at the `extends:` line, and nothing of that file is read.
      if (e instanceof UserError) throw new UserError(e.problems.map((p) => ({ ...p, ...where })));
      throw e;
    }
    const parentKey = rubricKey(parentPath);
    if ([...seen, key].includes(parentKey)) {
      throw new UserError({ code: 'extends', ...where, message: M.t.err.extendsLoop(parentRef), expected: M.t.err.extendsExpected });
    }
    try {
      parent = loadRubric(parentPath, [...seen, key]);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      // Only the parent's own reading problem is retold here; problems inside it keep their place.
      const own = e.problems.find((p) => (p.code === 'not-found' || p.code === 'unreadable') && (p.file === parentPath || p.file === parentRef || p.file === rubricKey(parentPath)));
      if (own?.code === 'not-found' && isBuiltinRef(parentRef)) throw new UserError({ ...own, ...where, file: where.file });
      if (own?.code === 'not-found') throw new UserError({ code: 'extends', ...where, message: M.t.err.extendsMissing(parentRef), expected: M.t.err.extendsExpected });
      if (own) throw new UserError({ code: 'extends', ...where, message: M.t.err.extendsUnreadable(parentRef, own.message), expected: own.expected ?? M.t.err.extendsExpected });
      throw e;
    }
  }
  const r = buildRubric(src, parent);
  if (!r.ok) throw new UserError(r.problems);
  return r.value;
}

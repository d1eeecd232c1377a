// Bundled and run by scripts/build.mjs: builds every shipped rubric (rubrics/*.yaml) once,
// at packaging time, into OUTDIR/rubrics/NAME.json, so `clientfit score` with the default
// rubric reads a small JSON file instead of parsing 16 KB of commented YAML on every run
// (src/io/builtinRubric.ts). A shipped rubric with a problem fails the build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { messages } from '../src/core/i18n/index.js';
import { word } from '../src/core/i18n/word.js';
import { UserError } from '../src/core/errors.js';
import { PRECOMPILED_FORMAT, type PrecompiledRubric } from '../src/io/builtinRubric.js';
import { loadRubric } from '../src/io/loadRubric.js';
import { readText } from '../src/io/readText.js';
import { BUILTIN_PREFIX, extendsOf, rubricFile, shippedRubrics } from '../src/io/rubricRef.js';
import { parseYaml } from '../src/core/yamlSource.js';

export function precompileRubrics(outdir: string): string[] {
  mkdirSync(join(outdir, 'rubrics'), { recursive: true });
  const names = shippedRubrics();
  for (const name of names) {
    const ref = `${BUILTIN_PREFIX}${name}`;
    let rubric;
    try {
      rubric = loadRubric(ref);
    } catch (e) {
      if (e instanceof UserError) throw new Error(`rubrics/${name}.yaml: ${e.problems.map((p) => `${p.line}:${p.col} ${word(p.message, messages('en'))}`).join('; ')}`);
      throw e;
    }
    const source = readText(rubricFile(ref)).text;
    const parsed = parseYaml(source, ref, 'rubric');
    const out: PrecompiledRubric = { format: PRECOMPILED_FORMAT, source, extends: parsed.ok ? extendsOf(parsed.src.data) : null, rubric };
    writeFileSync(join(outdir, 'rubrics', `${name}.json`), JSON.stringify(out));
  }
  return names;
}

import { catalogs, type Catalog } from '../../core/i18n/index.js';
import { lintCatalogs, type LintCatalog } from '../../core/i18n/lint.js';
import { ExitCode } from '../../core/errors.js';
import { rubricYaml } from '../../core/render/rubricYaml.js';
import type { Rubric } from '../../core/schema/rubric.js';
import { loadRubric } from '../../io/loadRubric.js';
import { loadSettings } from '../../io/settings.js';
import { earlyCatalog, resolveLang } from '../context.js';
import { rubricRefFor } from '../context.js';

export interface RubricShowFlags {
  rubric?: string;
  lang?: string;
}

/**
 * The rubric `rubric show` is about, resolved as `score` resolves it (--rubric, else the
 * settings' `rubric:`, else builtin:default) with its `extends` chain merged. Other views
 * of it (`--weights`) take it from here, so every view describes the same rubric.
 */
export function shownRubric(flags: RubricShowFlags): { rubric: Rubric; t: Catalog; m: LintCatalog } {
  const { settings, file } = loadSettings('.', earlyCatalog(flags.lang));
  const lang = resolveLang(flags.lang, settings.lang);
  const t = catalogs[lang];
  return { rubric: loadRubric(rubricRefFor(flags.rubric, settings.rubric, file), t), t, m: lintCatalogs[lang] };
}

/** `clientfit rubric show`: the effective rubric as YAML that lints clean. */
export async function runRubricShow(flags: RubricShowFlags): Promise<number> {
  const { rubric, m } = shownRubric(flags);
  process.stdout.write(rubricYaml(rubric, m.showHeader(rubric.file)));
  return ExitCode.Ok;
}

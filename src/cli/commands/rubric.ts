import { ExitCode } from '../../core/errors.js';
import { rubricYaml } from '../../core/render/rubricYaml.js';
import { renderWeightsText, weightsJson } from '../../core/render/weights.js';
import { safeJson } from '../../core/render/safeText.js';
import { checkChoice, createContext, type Session } from '../context.js';

export interface RubricShowFlags {
  rubric?: string;
  lang?: string;
  weights?: boolean;
  format: string;
  color: boolean;
}

/**
 * `clientfit rubric show`: the rubric `score` would use here (--rubric, else the settings'
 * `rubric:`, else builtin:default) with its `extends` chain merged, as YAML that lints clean;
 * with `--weights`, each criterion's share of the weight, grouped by theme.
 */
export async function runRubricShow(session: Session, flags: RubricShowFlags): Promise<number> {
  const { format: _format, ...rest } = flags;
  const ctx = await createContext(session, rest, { settingsDir: '.' });
  const rubric = ctx.rubric();
  const { lang, t, lint, explain: x } = ctx.m;
  if (!flags.weights) {
    process.stdout.write(rubricYaml(rubric, lint.showHeader(rubric.file)));
    return ExitCode.Ok;
  }
  const format = checkChoice('--format', flags.format, ['text', 'json'] as const);
  process.stdout.write(
    format === 'json'
      ? safeJson(weightsJson(rubric)) + '\n'
      : renderWeightsText(rubric, { lang, t, style: ctx.style(process.stdout), themes: x.themes, head: x.weightHead }),
  );
  return ExitCode.Ok;
}

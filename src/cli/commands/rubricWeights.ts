import { ExitCode } from '../../core/errors.js';
import { renderWeightsText, weightsJson } from '../../core/render/weights.js';
import { explainCatalogs } from '../../core/render/whatIf.js';
import { safeJson } from '../../core/render/safeText.js';
import { checkChoice } from '../context.js';
import { styleFor } from '../style.js';
import { shownRubric, type RubricShowFlags } from './rubric.js';

/** `clientfit rubric show --weights`: each criterion's share of the weight, grouped by theme. */
export async function runRubricWeights(flags: RubricShowFlags & { format: string; color: boolean }): Promise<number> {
  const { rubric, t } = shownRubric(flags);
  const format = checkChoice('--format', flags.format, ['text', 'json'] as const, t);
  const lang = t.lang as 'en' | 'es';
  const x = explainCatalogs[lang];
  process.stdout.write(
    format === 'json'
      ? safeJson(weightsJson(rubric)) + '\n'
      : renderWeightsText(rubric, { lang, t, style: styleFor(process.stdout, !flags.color), themes: x.themes, head: x.weightHead }),
  );
  return ExitCode.Ok;
}

import type { Command } from 'commander';
import type { Catalog } from '../../core/i18n/index.js';
import { lintCatalogs } from '../../core/i18n/lint.js';

/**
 * `clientfit rubric show`. Other views of the shown rubric (`--weights`) add their option
 * here and branch in the action to their own module, taking the rubric from
 * `shownRubric()` in commands/rubric.ts.
 */
export function registerRubric(program: Command, t: Catalog, setCode: (c: number) => void): void {
  const m = lintCatalogs[t.lang as 'en' | 'es'];
  const rubric = program.command('rubric').description(m.cli.rubric);
  rubric
    .command('show')
    .description(m.cli.rubricShow)
    .option('--rubric <file>', m.cli.rubricFile)
    .option('--lang <lang>', t.cli.lang)
    .option('--weights', t.cli.weights)
    .option('--format <format>', t.cli.weightsFormat, 'text')
    .option('--no-color', t.cli.noColor)
    .addHelpText(
      'after',
      `\n${t.cli.examples}:\n  clientfit rubric show\n  clientfit rubric show --rubric rubrics/team.yaml > effective.yaml\n  clientfit rubric show --rubric rubrics/team.yaml | clientfit lint - --kind rubric\n  clientfit rubric show --weights\n  clientfit rubric show --weights --format json\n`,
    )
    .action(async (flags) => {
      if (flags.weights) {
        const { runRubricWeights } = await import('../commands/rubricWeights.js');
        return setCode(await runRubricWeights(flags));
      }
      const { runRubricShow } = await import('../commands/rubric.js');
      setCode(await runRubricShow(flags));
    });
}

import type { Command } from 'commander';
import type { Catalog } from '../../core/i18n/index.js';
import { lintCatalogs } from '../../core/i18n/lint.js';

/** `clientfit lint FILE...`: the command module loads only when it runs. */
export function registerLint(program: Command, t: Catalog, setCode: (c: number) => void): void {
  const m = lintCatalogs[t.lang as 'en' | 'es'];
  program
    .command('lint')
    .description(m.cli.lint)
    .argument('[files...]', m.cli.lintFiles)
    .option('--kind <kind>', m.cli.kind)
    .option('--format <format>', m.cli.format, 'stylish')
    .option('--max-warnings <n>', m.cli.maxWarnings)
    .option('--as-of <date>', m.cli.asOf)
    .option('--lang <lang>', t.cli.lang)
    .option('--no-color', t.cli.noColor)
    .addHelpText(
      'after',
      `\n${t.cli.examples}:\n  clientfit lint rubrics/ clients/\n  clientfit lint my-rubric.yaml --format github\n  clientfit lint clients/ --format sarif > clientfit.sarif\n  clientfit lint clients/acme.yaml --max-warnings 0\n  cat rubric.yaml | clientfit lint - --kind rubric\n`,
    )
    .action(async (files: string[], flags) => {
      const { runLint } = await import('../commands/lint.js');
      setCode(await runLint(files, flags));
    });
}

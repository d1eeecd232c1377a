import type { Command } from 'commander';
import type { Catalog } from '../../core/i18n/index.js';

export function registerScore(program: Command, t: Catalog, setCode: (c: number) => void): void {
  program
    .command('score')
    .description(t.cli.score)
    .argument('<files...>', t.cli.files)
    .option('--rubric <file>', t.cli.rubric, (v: string, prev: string[] = []) => [...prev, v])
    .option('--as-of <date>', t.cli.asOf)
    .option('--lang <lang>', t.cli.lang)
    .option('--format <format>', t.cli.format, 'text')
    .option('--fail-on <level>', t.cli.failOn)
    .option('--what-if', t.cli.whatIf)
    .option('--min-coverage <percent>', t.cli.minCoverage)
    .option('--compare <date>', t.cli.compare)
    .option('--redact', t.cli.redact)
    .option('--no-color', t.cli.noColor)
    .addHelpText(
      'after',
      `\n${t.cli.examples}:\n  clientfit score clients/acme.yaml\n  clientfit score clients/*.yaml --format json\n  clientfit score clients/acme.yaml --lang es --as-of 2026-06-30\n  cat acme.yaml | clientfit score - --fail-on exit\n  clientfit score clients/acme.yaml --what-if --min-coverage 70\n  clientfit score clients/acme.yaml --compare 2026-05-01 --rubric old.yaml --rubric new.yaml\n  clientfit score clients/acme.yaml --redact --format md\n`,
    )
    .action(async (files: string[], flags) => {
      const { runScore } = await import('../commands/score.js');
      setCode(await runScore(files, flags));
    });
}

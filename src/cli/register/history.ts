import type { Command } from 'commander';
import type { Catalog } from '../../core/i18n/index.js';

export function registerHistory(program: Command, t: Catalog, setCode: (c: number) => void): void {
  program
    .command('history')
    .description(t.cli.history)
    .argument('<file>', t.cli.file)
    .option('--from <date>', t.cli.from)
    .option('--every <step>', t.cli.every, '1m')
    .option('--rubric <file>', t.cli.rubric)
    .option('--as-of <date>', t.cli.asOf)
    .option('--lang <lang>', t.cli.lang)
    .option('--format <format>', t.cli.historyFormat, 'text')
    .option('--no-color', t.cli.noColor)
    .addHelpText(
      'after',
      `\n${t.cli.examples}:\n  clientfit history clients/acme.yaml\n  clientfit history clients/acme.yaml --from 2025-01-01 --every 2w\n  clientfit history clients/acme.yaml --format csv > acme-fit.csv\n`,
    )
    .action(async (file: string, flags) => {
      const { runHistory } = await import('../commands/history.js');
      setCode(await runHistory(file, flags));
    });
}

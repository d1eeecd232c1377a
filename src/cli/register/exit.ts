import type { Command } from 'commander';
import type { Catalog } from '../../core/i18n/index.js';
import { exitEn } from '../../core/i18n/exit.en.js';
import { exitEs } from '../../core/i18n/exit.es.js';

/** `clientfit exit FILE`: the exit-conversation draft. The command module loads only when it runs. */
export function registerExit(program: Command, t: Catalog, setCode: (c: number) => void): void {
  const x = t.lang === 'es' ? exitEs : exitEn;
  program
    .command('exit')
    .description(x.cli.description)
    .argument('<file>', x.cli.file)
    .option('--as-of <date>', t.cli.asOf)
    .option('--notice-date <date>', x.cli.noticeDate)
    .option('--lang <lang>', t.cli.lang)
    .option('--format <format>', x.cli.format, 'text')
    .option('--rubric <file>', t.cli.rubric)
    .option('--force', x.cli.force)
    .option('--out <file>', x.cli.out)
    .option('--no-color', t.cli.noColor)
    .addHelpText(
      'after',
      `\n${t.cli.examples}:\n  clientfit exit clients/acme.yaml\n  clientfit exit clients/acme.yaml --lang es --notice-date 2026-12-01\n  clientfit exit clients/acme.yaml --format md --out exit-acme.md\n  clientfit exit clients/nordlicht.yaml --force\n`,
    )
    .action(async (file: string, flags) => {
      const { runExit } = await import('../commands/exit.js');
      setCode(await runExit(file, flags));
    });
}

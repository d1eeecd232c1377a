import type { Command } from 'commander';
import type { Catalog } from '../../core/i18n/index.js';
import { editCatalog } from '../../core/edit/messages.js';

/** `clientfit log FILE [TYPE] [field=value ...]`: the command's flags; the work is in commands/log.ts. */
export function registerLog(program: Command, t: Catalog, setCode: (c: number) => void): void {
  const e = editCatalog(t.lang === 'es' ? 'es' : 'en');
  program
    .command('log')
    .description(e.cli.log)
    .argument('<file>', e.cli.logFile)
    .argument('[type]', e.cli.logType)
    .argument('[fields...]', e.cli.logFields)
    .option('--date <date>', e.cli.date)
    .option('--note <text>', e.cli.note)
    .option('--lang <lang>', t.cli.lang)
    .option('--no-color', t.cli.noColor)
    .addHelpText(
      'after',
      `\n${t.cli.examples}:\n` +
        '  clientfit log clients/acme.yaml invoice ref=F-7 amount=900 due=2026-12-20\n' +
        '  clientfit log clients/acme.yaml invoice ref=F-7 amount=900 due=2026-12-20 paid=2027-01-15 --date 2026-11-20\n' +
        '  clientfit log clients/acme.yaml scope_change billed=false --note "Three extra landing pages"\n' +
        '  clientfit log clients/acme.yaml message answered=2026-11-26 --date 2026-11-24\n' +
        '  clientfit log clients/acme.yaml            # on a terminal: asks what happened\n',
    )
    .action(async (file: string, type: string | undefined, fields: string[], flags) => {
      const { runLog } = await import('../commands/log.js');
      setCode(await runLog(file, type, fields, flags));
    });
}

import type { Command } from 'commander';
import type { Catalog } from '../../core/i18n/index.js';
import { editCatalog } from '../../core/edit/messages.js';

/** `clientfit init [FILE]`: the command's flags; the work is in commands/init.ts. */
export function registerInit(program: Command, t: Catalog, setCode: (c: number) => void): void {
  const e = editCatalog(t.lang === 'es' ? 'es' : 'en');
  program
    .command('init')
    .description(e.cli.init)
    .argument('[file]', e.cli.initFile)
    .option('-y, --yes', e.cli.yes)
    .option('--name <name>', e.cli.name)
    .option('--industry <industry>', e.cli.industry)
    .option('--since <date>', e.cli.since)
    .option('--contact-name <name>', e.cli.contactName)
    .option('--email <email>', e.cli.email)
    .option('--phone <phone>', e.cli.phone)
    .option('--tier <tier>', e.cli.tier)
    .option('--in-niche <yes|no>', e.cli.inNiche)
    .option('--within-skills <yes|no>', e.cli.withinSkills)
    .option('--budget-fits <yes|no>', e.cli.budgetFits)
    .option('--rate <n>', e.cli.rate)
    .option('--currency <code>', e.cli.currency)
    .option('--rate-unit <unit>', e.cli.rateUnit)
    .option('--payment-terms <days>', e.cli.paymentTerms)
    .option('--notice-days <n>', e.cli.noticeDays)
    .option('--notice-basis <basis>', e.cli.noticeBasis)
    .option('--written-notice <yes|no>', e.cli.writtenNotice)
    .option('--clause <text>', e.cli.clause)
    .option('--schema <ref>', e.cli.schema)
    .option('--force', e.cli.force)
    .option('--lang <lang>', e.cli.lang)
    .option('--no-color', t.cli.noColor)
    .addHelpText(
      'after',
      `\n${t.cli.examples}:\n` +
        '  clientfit init clients/acme.yaml            # on a terminal: a short interview\n' +
        '  clientfit init clients/acme.yaml --yes --name "ACME Retail S.L." --industry retail \\\n' +
        '      --rate 60 --currency EUR --payment-terms 30 --notice-days 30 --notice-basis calendar\n',
    )
    .action(async (file: string | undefined, flags) => {
      const { runInit } = await import('../commands/init.js');
      setCode(await runInit(file, flags));
    });
}

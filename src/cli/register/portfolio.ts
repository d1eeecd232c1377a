import type { Command } from 'commander';
import type { Catalog } from '../../core/i18n/index.js';
import { portfolioEn } from '../../core/i18n/portfolio.en.js';
import { portfolioEs } from '../../core/i18n/portfolio.es.js';

/** `clientfit portfolio DIR`; the command module (and its worker pool) loads only when it runs. */
export function registerPortfolio(program: Command, t: Catalog, setCode: (c: number) => void): void {
  const pt = t.lang === 'es' ? portfolioEs : portfolioEn;
  program
    .command('portfolio')
    .description(pt.cli.description)
    .argument('<dir>', pt.cli.dir)
    .option('--rubric <file>', t.cli.rubric)
    .option('--as-of <date>', t.cli.asOf)
    .option('--lang <lang>', t.cli.lang)
    .option('--format <format>', pt.cli.format, 'text')
    .option('--no-cache', pt.cli.noCache)
    .option('--no-color', t.cli.noColor)
    .addHelpText(
      'after',
      `\n${t.cli.examples}:\n  clientfit portfolio clients/\n  clientfit portfolio clients/ --format csv > portfolio.csv\n  clientfit portfolio clients/ --format json --as-of 2026-06-30\n  clientfit portfolio clients/ --lang es --no-cache\n`,
    )
    .action(async (dir: string, flags) => {
      const { runPortfolio } = await import('../commands/portfolio.js');
      setCode(await runPortfolio(dir, flags));
    });
}

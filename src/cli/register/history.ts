import type { Command } from 'commander';
import type { Catalog } from '../../core/i18n/index.js';
import { UserError } from '../../core/errors.js';

/** Placeholder until `clientfit history` lands: it says so instead of pretending. */
export function registerHistory(program: Command, t: Catalog, setCode: (c: number) => void): void {
  program
    .command('history', { hidden: true })
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      setCode(2);
      throw new UserError({ code: 'usage', message: t.cli.notYet('history') });
    });
}

import type { Command } from 'commander';
import type { Catalog } from '../../core/i18n/index.js';
import { UserError } from '../../core/errors.js';

/** Placeholder until `clientfit rubric` lands: it says so instead of pretending. */
export function registerRubric(program: Command, t: Catalog, setCode: (c: number) => void): void {
  program
    .command('rubric', { hidden: true })
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      setCode(2);
      throw new UserError({ code: 'usage', message: t.cli.notYet('rubric') });
    });
}

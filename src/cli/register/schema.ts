import type { Command } from 'commander';
import type { Catalog } from '../../core/i18n/index.js';
import { lintCatalogs } from '../../core/i18n/lint.js';

/** `clientfit schema KIND`: JSON Schema for editors; the module loads only when it runs. */
export function registerSchema(program: Command, t: Catalog, setCode: (c: number) => void): void {
  const m = lintCatalogs[t.lang as 'en' | 'es'];
  program
    .command('schema')
    .description(m.cli.schema)
    .argument('[kind]', m.cli.schemaKind)
    .option('--lang <lang>', t.cli.lang)
    .addHelpText(
      'after',
      `\n${t.cli.examples}:\n  clientfit schema rubric > schemas/rubric.schema.json\n  clientfit schema client\n\n  # first line of a YAML file, for editors with the YAML language server:\n  # yaml-language-server: $schema=../schemas/client.schema.json\n`,
    )
    .action(async (kind: string | undefined, flags) => {
      const { runSchema } = await import('../commands/schema.js');
      setCode(await runSchema(kind, flags));
    });
}

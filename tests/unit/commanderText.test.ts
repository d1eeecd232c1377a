// Commander's usage errors in the catalogue's words. The inputs are commander 14's exact
// messages (node_modules/commander/lib/command.js); an upgrade that rewords them shows up
// here, not as English text in a Spanish session.
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { commanderError, localizeCommander } from '../../src/cli/commanderText.js';
import { en } from '../../src/core/i18n/en.js';
import { es } from '../../src/core/i18n/es.js';

/** What commander itself says for `argv`: its error message, as passed to outputError. */
function commanderSays(argv: string[]): string {
  let said = '';
  const program = new Command('clientfit').exitOverride().configureOutput({ writeErr: () => {}, outputError: (s) => (said = s) });
  program.command('score').argument('<files...>').option('--rubric <file>').action(() => {});
  program.command('schema').argument('[kind]').action(() => {});
  try {
    program.parse(argv, { from: 'user' });
  } catch {
    /* exitOverride throws after writing */
  }
  return said;
}

describe('commanderError', () => {
  it.each([
    [['score', 'a.yaml', '--bogus'], "error: la opción '--bogus' no existe\n"],
    [['score', 'a.yaml', '--rubrik', 'x'], "error: la opción '--rubrik' no existe (¿querías decir --rubric?)\n"],
    [['scor'], "error: el comando 'scor' no existe (¿querías decir score?)\n"],
    [['score'], "error: falta el argumento obligatorio 'files'\n"],
    [['score', 'a.yaml', '--rubric'], "error: a la opción '--rubric <file>' le falta su valor\n"],
    [['schema', 'a', 'b', 'c'], 'error: sobran argumentos: se esperaba 1 y han llegado 3\n'],
  ])('%j in Spanish', (argv, spanish) => {
    const said = commanderSays(argv);
    expect(said).toMatch(/^error: /);
    expect(commanderError(said, es)).toBe(spanish);
  });

  it('gives the English catalogue\'s wording in English', () => {
    expect(commanderError(commanderSays(['score', 'a.yaml', '--bogus']), en)).toBe("error: unknown option '--bogus'\n");
    expect(commanderError(commanderSays(['schema', 'a', 'b']), en)).toBe('error: too many arguments: expected 1, got 2\n');
  });

  it('leaves a message it does not know as it is', () => {
    expect(commanderError("error: option '--x' argument 'y' is invalid.\n", es)).toBe("error: option '--x' argument 'y' is invalid.\n");
  });
});

describe('localizeCommander', () => {
  it('translates help headings and the default label, for subcommands too', () => {
    const program = new Command('clientfit');
    localizeCommander(program, es);
    const sub = program.command('score').argument('<files...>', 'archivos').option('--format <f>', 'formato', 'text');
    const help = sub.helpInformation();
    expect(help).toMatch(/^Uso: clientfit score \[opciones\] <files\.\.\.>$/m);
    expect(program.helpInformation()).toMatch(/^Uso: clientfit \[opciones\] \[comando\]$/m);
    expect(help).toMatch(/^Argumentos:$/m);
    expect(help).toMatch(/^Opciones:$/m);
    expect(help).toContain('(por defecto: "text")');
    expect(help).not.toMatch(/Usage:|Options:|default:|\[options\]/);
  });
});

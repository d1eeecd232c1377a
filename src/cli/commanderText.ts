import { Help, type Command } from 'commander';
import type { Catalog } from '../core/i18n/index.js';

/**
 * Commander writes its help headings and usage errors in English only. These hooks put the
 * catalogue's words in their place, so `--lang es` (or LANG=es) gives a Spanish help page
 * and Spanish usage errors. Commander's text is matched exactly; anything unrecognised is
 * left as it is rather than guessed at.
 */
export function localizeCommander(program: Command, t: Catalog): void {
  const c = t.commander;
  const optionDescription = Help.prototype.optionDescription;
  program.configureHelp({
    styleTitle: (title) => c.titles[title] ?? title,
    optionDescription(option) {
      return optionDescription.call(this, option).replace(/\(default: /, `(${c.defaultLabel}: `);
    },
  });
  program.configureOutput({
    writeErr: (s) => process.stderr.write(s),
    outputError: (s, write) => write(commanderError(s, t)),
  });
}

const SUGGESTION = /\n\(Did you mean (?:one of )?(.+)\?\)$/;

/** One of commander's error messages, in the catalogue's words. */
export function commanderError(message: string, t: Catalog): string {
  const c = t.commander;
  const nl = message.endsWith('\n') ? '\n' : '';
  let body = nl ? message.slice(0, -1) : message;
  let hint = '';
  const s = SUGGESTION.exec(body);
  if (s) {
    hint = `\n(${c.didYouMean(s[1]!)})`;
    body = body.slice(0, s.index);
  }
  const m =
    /^error: unknown option '(.*)'$/s.exec(body) ??
    /^error: unknown command '(.*)'$/s.exec(body) ??
    /^error: missing required argument '(.*)'$/s.exec(body) ??
    /^error: option '(.*)' argument missing$/s.exec(body) ??
    /^error: too many arguments(?: for '.*')?\. Expected (\d+) arguments? but got (\d+)\.$/s.exec(body);
  if (!m) return message;
  const [, a = '', b = ''] = m;
  const q = (x: string) => `'${x}'`;
  const text = body.startsWith('error: unknown option')
    ? c.unknownOption(q(a))
    : body.startsWith('error: unknown command')
      ? c.unknownCommand(q(a))
      : body.startsWith('error: missing required')
        ? c.missingArgument(q(a))
        : body.startsWith('error: option')
          ? c.optionArgumentMissing(q(a))
          : c.tooManyArguments(Number(a), Number(b));
  return `${t.err.prefix}: ${text}${hint}${nl}`;
}

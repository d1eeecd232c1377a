import { Help, type Command } from 'commander';
import type { Catalog } from '../core/i18n/index.js';
import { writeErr } from './stdout.js';

/**
 * Commander writes its help headings and usage errors in English only. These hooks put the
 * catalogue's words in their place, so `--lang es` (or LANG=es) gives a Spanish help page
 * and Spanish usage errors. Commander's text is matched exactly; anything unrecognised is
 * left as it is rather than guessed at.
 */
export function localizeCommander(program: Command, t: Catalog, onError?: (message: string) => void): void {
  const c = t.commander;
  const optionDescription = Help.prototype.optionDescription;
  const styleUsage = Help.prototype.styleUsage;
  program.configureHelp({
    styleTitle: (title) => c.titles[title] ?? title,
    styleUsage(usage) {
      return styleUsage.call(this, usage.split(' ').map((w) => c.usageWords[w] ?? w).join(' '));
    },
    optionDescription(option) {
      return optionDescription.call(this, option).replace(/\(default: /, `(${c.defaultLabel}: `);
    },
  });
  program.configureOutput({
    writeErr: (s) => writeErr(s),
    // With onError the caller words and prints the error itself (its language may not be known yet).
    outputError: (s, write) => (onError ? onError(s) : write(commanderError(s, t))),
  });
}

const SUGGESTION = /\n\(Did you mean (?:one of )?(.+)\?\)$/;
const q = (x: string) => `'${x}'`;
type Words = Catalog['commander'];

/** Commander 14's error messages (lib/command.js), each with the catalogue entry that says it. */
const MESSAGES: [RegExp, (c: Words, a: string, b: string) => string][] = [
  [/^error: unknown option '(.*)'$/s, (c, a) => c.unknownOption(q(a))],
  [/^error: unknown command '(.*)'$/s, (c, a) => c.unknownCommand(q(a))],
  [/^error: missing required argument '(.*)'$/s, (c, a) => c.missingArgument(q(a))],
  [/^error: option '(.*)' argument missing$/s, (c, a) => c.optionArgumentMissing(q(a))],
  [/^error: too many arguments(?: for '.*')?\. Expected (\d+) arguments? but got (\d+)\.$/s, (c, a, b) => c.tooManyArguments(Number(a), Number(b))],
];

/** One of commander's error messages, in the catalogue's words. */
export function commanderError(message: string, t: Catalog): string {
  const c = t.commander;
  const nl = message.endsWith('\n') ? '\n' : '';
  let body = nl ? message.slice(0, -1) : message;
  let hint = '';
  const s = SUGGESTION.exec(body);
  if (s) {
    hint = ` (${c.didYouMean(s[1]!)})`;
    body = body.slice(0, s.index);
  }
  for (const [pattern, say] of MESSAGES) {
    const m = pattern.exec(body);
    if (m) return `${t.err.prefix}: ${say(c, m[1] ?? '', m[2] ?? '')}${hint}${nl}`;
  }
  return message;
}

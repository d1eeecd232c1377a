type ChalkModule = typeof import('chalk');
import { fstatSync } from 'node:fs';
import { plain, type Style } from '../core/render/style.js';
import { errStream } from './stdout.js';

/** chalk's module, once loadColor() has found a stream that may take colour; null before. */
let chalk: ChalkModule | null = null;

const disabledByEnv = (env: NodeJS.ProcessEnv) =>
  // no-color.org: only a non-empty NO_COLOR disables colour.
  (env.NO_COLOR !== undefined && env.NO_COLOR !== '') || env.TERM === 'dumb';
const forcedByEnv = (env: NodeJS.ProcessEnv) => Boolean(env.FORCE_COLOR && env.FORCE_COLOR !== '0');

/**
 * Whether standard error is a terminal, without setting process.stderr up when it cannot be
 * one: a pipe or a file is not a character device (setting it up costs ~8 ms, stdout.ts).
 */
function stderrIsTerminal(): boolean {
  try {
    if (!fstatSync(2).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return Boolean(errStream().isTTY);
}

/**
 * Loads chalk only when some output could be coloured (a terminal, or FORCE_COLOR):
 * pipes, CI and NO_COLOR never pay for it (start-up budget, DESIGN.md "Speed").
 * Called once by program.run() before any command.
 */
export async function loadColor(noColorFlag: boolean, env = process.env): Promise<void> {
  if (chalk || noColorFlag || disabledByEnv(env)) return;
  if (!forcedByEnv(env) && !process.stdout.isTTY && !stderrIsTerminal()) return;
  chalk = await import('chalk');
}

/**
 * Colour only for a terminal, and never with NO_COLOR, --no-color or TERM=dumb:
 * chalk ignores NO_COLOR by itself (PITFALLS: terminal).
 */
export function wantsColor(stream: NodeJS.WriteStream, noColorFlag: boolean, env = process.env): boolean {
  if (noColorFlag || disabledByEnv(env) || !chalk) return false;
  if (forcedByEnv(env)) return true;
  return Boolean(stream.isTTY) && chalk.default.level > 0;
}

export function styleFor(stream: NodeJS.WriteStream, noColorFlag: boolean): Style {
  if (!chalk || !wantsColor(stream, noColorFlag)) return plain;
  const c = new chalk.Chalk({ level: Math.max(1, chalk.default.level) as 1 | 2 | 3 });
  return { bold: c.bold, dim: c.dim, red: c.red, yellow: c.yellow, green: c.green, cyan: c.cyan };
}

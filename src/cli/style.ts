import chalk, { Chalk } from 'chalk';
import { plain, type Style } from '../core/render/style.js';

/**
 * Colour only for a terminal, and never with NO_COLOR, --no-color or TERM=dumb:
 * chalk ignores NO_COLOR by itself (PITFALLS: terminal).
 */
export function wantsColor(stream: NodeJS.WriteStream, noColorFlag: boolean, env = process.env): boolean {
  // no-color.org: only a non-empty NO_COLOR disables colour.
  if (noColorFlag || (env.NO_COLOR !== undefined && env.NO_COLOR !== '') || env.TERM === 'dumb') return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY) && chalk.level > 0;
}

export function styleFor(stream: NodeJS.WriteStream, noColorFlag: boolean): Style {
  if (!wantsColor(stream, noColorFlag)) return plain;
  const c = new Chalk({ level: Math.max(1, chalk.level) as 1 | 2 | 3 });
  return { bold: c.bold, dim: c.dim, red: c.red, yellow: c.yellow, green: c.green, cyan: c.cyan };
}

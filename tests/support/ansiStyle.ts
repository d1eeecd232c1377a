import type { Style } from '../../src/core/render/style.js';

/**
 * SGR escapes as chalk writes them, so renderer tests can check where colour goes without
 * loading chalk (the program itself only ever colours through chalk, src/cli/style.ts).
 */
const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
export const ansi: Style = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  cyan: sgr(36, 39),
};

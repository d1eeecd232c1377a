/**
 * Colour is passed into formatters, never read from the terminal here: a `Style` is a
 * set of functions that either colour or return the text as is.
 */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
}

const id = (s: string) => s;
export const plain: Style = { bold: id, dim: id, red: id, yellow: id, green: id, cyan: id };

/** Minimal ANSI styles (SGR), so the pure core needs no terminal library. */
const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
export const ansi: Style = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  cyan: sgr(36, 39),
};

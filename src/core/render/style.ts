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

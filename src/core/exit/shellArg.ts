/** A path as it must be typed in a shell: as is when plain, else in single quotes. */
export function shellArg(s: string): string {
  return /^[\w./@:+,=-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

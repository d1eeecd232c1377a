/**
 * Reading a file's layout from its text: line endings, columns, where a line ends.
 * Offsets are UTF-16 indices into the text, as the yaml parser's node ranges are.
 */

/** The file's line ending: CRLF when its first line ends so, else LF. */
export function eolOf(text: string): '\n' | '\r\n' {
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** 0-based column of an offset. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/**
 * Where new lines go after whatever ends at `offset`: the start of the next line. A node
 * that ends mid-line (a flow map followed by `# comment`) keeps the rest of its line.
 * At the end of a file without a final newline, one must be added first (`needsEol`).
 */
export function lineAfter(text: string, offset: number): { at: number; needsEol: boolean } {
  if (offset > 0 && text[offset - 1] === '\n') return { at: offset, needsEol: false };
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? { at: text.length, needsEol: text.length > 0 } : { at: nl + 1, needsEol: false };
}

/** 1-based line number of an offset. */
export function lineNumber(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** One text change: replace [from, to) with `insert`. */
export interface Splice {
  from: number;
  to: number;
  insert: string;
}

/** Applies non-overlapping splices, last first so earlier offsets stay valid. */
export function applySplices(text: string, splices: Splice[]): string {
  let out = text;
  for (const s of [...splices].sort((a, b) => b.from - a.from)) out = out.slice(0, s.from) + s.insert + out.slice(s.to);
  return out;
}

/**
 * A YAML stream may hold several documents (`---` between them); `yaml.parseDocument`
 * reads the first and sets the rest aside, so an event after a stray `---` would vanish
 * from the score without a word. One document per file is the rule: this finds where a
 * second one starts, scanning lines only (a document marker is a line that starts with
 * `---` or `...` at column 0, whatever came before, even inside a block scalar).
 */
const START = /^---(?:[ \t]|$)/;
const END = /^\.\.\.(?:[ \t]|$)/;
/** Blank, comment or directive lines, which do not start a document's content. */
const NOTHING = /^(?:[ \t]*(?:#.*)?|%.*)$/;
/** Cheap test before the line scan: some line starts with `---` or `...`. */
export const MAYBE_MARKER = /(?:^|\n)(?:---|\.\.\.)/;

/** 1-based line where a second document starts, or null for a single document. */
export function secondDocumentLine(text: string): number | null {
  let content = false;
  let ended = false;
  let line = 0;
  for (let from = 0; from <= text.length; ) {
    const nl = text.indexOf('\n', from);
    const end = nl < 0 ? text.length : nl;
    let l = text.slice(from, end);
    if (l.endsWith('\r')) l = l.slice(0, -1);
    line++;
    if (line === 1 && l.charCodeAt(0) === 0xfeff) l = l.slice(1);
    if (START.test(l)) {
      // `--- value` starts a document and gives it content on the same line.
      if (content || ended) return line;
      content = l.slice(3).trim() !== '' && !l.slice(3).trim().startsWith('#');
    } else if (END.test(l)) {
      ended = true;
    } else if (!NOTHING.test(l)) {
      if (ended) return line;
      content = true;
    }
    if (nl < 0) break;
    from = nl + 1;
  }
  return null;
}

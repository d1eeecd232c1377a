import { fileKind } from '../fileKind.js';

/**
 * Which files under a portfolio folder are clients. Pure: works on bytes and parsed data.
 * DESIGN: files whose only top-level key is `events:` are logs, not clients; rubrics that
 * live among the clients are not clients either (core/fileKind.ts tells them apart).
 */
export type PortfolioKind = 'client' | 'log' | 'rubric';

const NL = 0x0a;
const SPACE = 0x20;
const HASH = 0x23;
const DASH = 0x2d; // '---' has no space after the first dash, so it falls to "anything else"
const CR = 0x0d;
const EVENTS = [0x65, 0x76, 0x65, 0x6e, 0x74, 0x73]; // "events"

function startsWithEventsKey(b: Uint8Array, i: number, end: number): boolean {
  for (let k = 0; k < EVENTS.length; k++) if (b[i + k] !== EVENTS[k]) return false;
  let j = i + EVENTS.length;
  while (j < end && b[j] === SPACE) j++;
  if (b[j] !== 0x3a) return false; // ':'
  j++;
  return j >= end || b[j] === SPACE || b[j] === CR || b[j] === 0x09;
}

/**
 * True only when the text is certainly a log (a block mapping whose only top-level key is
 * `events`), so that fileKind would say so too: every line that starts at column 0 is a
 * comment, the single `events:` key or a `- ` item of its list. Anything else (another
 * key, a flow mapping, a directive, a document marker, a tab) answers false and the file
 * is parsed in full. This lets a folder of profiles and logs be classified while parsing
 * each log only once, by its profile.
 */
export function isLogOnly(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let keys = 0;
  const n = bytes.length;
  while (i < n) {
    let end = bytes.indexOf(NL, i);
    if (end < 0) end = n;
    const c = bytes[i];
    if (c === SPACE || c === NL || c === HASH || (c === CR && i + 1 === end)) {
      // indented content, a blank line or a comment: part of what is above
    } else if (c === DASH && (i + 1 >= end || bytes[i + 1] === SPACE || bytes[i + 1] === CR)) {
      if (keys !== 1) return false; // a top-level list, not a mapping
    } else if (c === 0x65 && startsWithEventsKey(bytes, i, end)) {
      if (++keys > 1) return false;
    } else {
      return false;
    }
    i = end + 1;
  }
  return keys === 1;
}

/**
 * What the portfolio does with a parsed file: logs and rubrics are skipped; anything else
 * is scored as a client, so validation says what is wrong with it.
 */
export function classify(data: unknown): PortfolioKind {
  const kind = fileKind(data);
  return kind === 'log' || kind === 'rubric' ? kind : 'client';
}

/**
 * Subjects as threads see them: "Re: AW: [Acme] Fwd: Propuesta" and "propuesta" are one
 * conversation. Reply and forward prefixes are those mail programs write in the languages
 * clientfit's users mostly use (English, Spanish, German, Italian, Scandinavian, Dutch,
 * French, Portuguese, Polish), with a counter (`Re[2]:`, `RE^3:`) and either colon.
 */

/** Prefixes that say "this answers something". */
const REPLY = ['re', 'aw', 'sv', 'vs', 'rif', 'r', 'res', 'antw', 'odp'];
/** Prefixes that say "this passes something on". */
const FORWARD = ['fwd', 'fw', 'wg', 'rv', 'tr', 'enc', 'doorst', 'vl'];

const word = (list: string[]) => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
// A prefix: the word, an optional counter ([2], (2), ^2 or 2), optional spaces, a colon (ASCII or full-width).
const PREFIX = new RegExp(`^\\s*(${word(REPLY)}|${word(FORWARD)})(?:\\s*(?:\\[\\d+\\]|\\(\\d+\\)|\\^\\d+|\\d+))?\\s*[:：]\\s*`, 'iu');
/** `[Acme]`, `[EXTERNAL]`, `[ticket #123]` in front: list or system tags, not the subject. */
const TAG = /^\s*\[[^\]]{0,40}\]\s*/u;
const REPLY_SET = new Set(REPLY);

/** Prefixes and tags off the front, repeatedly; whitespace collapsed; lower case. */
export function normaliseSubject(subject: string): string {
  let s = subject;
  for (let guard = 0; guard < 50; guard++) {
    const m = PREFIX.exec(s) ?? TAG.exec(s);
    if (!m) break;
    const rest = s.slice(m[0].length);
    // A subject that is only a tag ("[Acme]") keeps it: it is all there is.
    if (!rest.trim()) break;
    s = rest;
  }
  return s.replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** True when the subject starts (after any tags) with a reply prefix: "Re:", "AW:", "SV:", "Rif:"… */
export function isReplySubject(subject: string): boolean {
  let s = subject;
  for (let guard = 0; guard < 50; guard++) {
    const m = PREFIX.exec(s);
    if (m) {
      if (REPLY_SET.has(m[1]!.toLowerCase())) return true;
      s = s.slice(m[0].length);
      continue;
    }
    const t = TAG.exec(s);
    if (!t || !t[0].length) return false;
    s = s.slice(t[0].length);
  }
  return false;
}

/** Characters a note never keeps: controls, and marks that reorder what a terminal shows. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/gu;
/** Half of a UTF-16 pair without its other half: not text, and not writable as UTF-8. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** The longest note a subject becomes (characters). */
export const NOTE_MAX = 200;

/**
 * A subject as the event's note: controls and bidi marks become spaces, runs of whitespace
 * one space, broken surrogates dropped, at most NOTE_MAX characters. Empty: no note.
 */
export function noteOf(subject: string | undefined): string {
  if (!subject) return '';
  const s = subject.replace(LONE_SURROGATE, '').replace(UNSAFE, ' ').replace(/\s+/gu, ' ').trim();
  const chars = [...s];
  return chars.length <= NOTE_MAX ? s : `${chars.slice(0, NOTE_MAX - 1).join('').trimEnd()}…`;
}

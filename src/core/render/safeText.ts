/**
 * Characters that must never reach a terminal raw: C0 controls (ESC, BEL, \r, \b, NUL…),
 * DEL, C1 controls (0x9B is a one-byte CSI) and bidi overrides that reorder what is shown.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\u001b': '\\e' };

/** Shows text from a user's file safely: every control or bidi character written as an escape. */
export function safe(text: unknown): string {
  return String(text ?? '').replace(UNSAFE, (ch) => NAMED[ch] ?? `\\u{${ch.codePointAt(0)!.toString(16).padStart(2, '0')}}`);
}

/** Left raw by JSON.stringify (which escapes C0 controls itself): DEL, C1 and bidi characters. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Pretty JSON with every terminal-unsafe character inside strings written as a \\u escape. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** safe() and safeJson(): text from user files never reaches the terminal raw. */
import { describe, expect, it } from 'vitest';
import { safe, safeJson } from '../../src/core/render/safeText.js';

/** Any C0 control, DEL, C1 control or bidi control left raw in a string. */
const RAW_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('safe', () => {
  it.each([
    ['ESC', 'a\u001b[31mred', 'a\\e[31mred'],
    ['BEL', 'ding\u0007', 'ding\\u{07}'],
    ['carriage return', 'over\rwrite', 'over\\rwrite'],
    ['backspace', 'ab\bc', 'ab\\bc'],
    ['NUL', 'a\u0000b', 'a\\u{00}b'],
    ['DEL', 'a\u007fb', 'a\\u{7f}b'],
    ['C1 CSI (0x9b)', 'a\u009b31mb', 'a\\u{9b}31mb'],
    ['bidi override U+202E', 'invoice\u202Efdp.exe', 'invoice\\u{202e}fdp.exe'],
    ['bidi isolate U+2066', 'x\u2066y\u2069', 'x\\u{2066}y\\u{2069}'],
    ['newline and tab', 'a\nb\tc', 'a\\nb\\tc'],
    ['OSC hyperlink', '\u001b]8;;http://evil\u0007click\u001b]8;;\u0007', '\\e]8;;http://evil\\u{07}click\\e]8;;\\u{07}'],
  ])('escapes %s', (_, input, want) => {
    const out = safe(input);
    expect(out).toBe(want);
    expect(out).not.toMatch(RAW_UNSAFE);
  });

  it('leaves accents, other scripts and emoji untouched', () => {
    const text = 'Ana Pérez · Ñandú S.L. · Zürich · Łódź · 東京 · مرحبا · 🎨👩🏽‍💻 · “quotes” — 1 500,00 €';
    expect(safe(text)).toBe(text);
  });

  it('turns null and undefined into empty text and numbers into text', () => {
    expect(safe(null)).toBe('');
    expect(safe(undefined)).toBe('');
    expect(safe(42)).toBe('42');
  });
});

describe('safeJson', () => {
  const nasty = {
    name: 'ACME\u001b[31m S.L.\u0007',
    note: 'line\r\nnext\u0000\u007f\u009b\u202e\u2066end',
    plain: 'Ñandú 🎨 “x”',
    list: ['\u001b]0;title\u0007', 'ok'],
  };

  it('is valid JSON that parses back to the very same strings', () => {
    expect(JSON.parse(safeJson(nasty))).toEqual(nasty);
  });

  it('leaves no raw control or bidi character in the output', () => {
    // The only raw control left is the newline of the pretty-printing itself.
    expect(safeJson(nasty).replace(/\n/g, '')).not.toMatch(RAW_UNSAFE);
  });

  it('keeps ordinary characters readable', () => {
    expect(safeJson({ s: 'Ñandú 🎨' })).toContain('Ñandú 🎨');
  });
});

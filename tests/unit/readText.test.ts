// decodeUtf8 points at the exact first bad byte: line and column of the character where
// the invalid sequence starts, whatever multi-byte characters come before it.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { decodeUtf8 } from '../../src/io/readText.js';

function place(bytes: Buffer): { line?: number; col?: number } {
  try {
    decodeUtf8(bytes, 'f.yaml');
  } catch (e) {
    if (e instanceof UserError) return { line: e.problems[0]!.line, col: e.problems[0]!.col };
    throw e;
  }
  throw new Error('decoded');
}

const b = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeUtf8', () => {
  it('decodes valid UTF-8 (multi-byte and a byte order mark) unchanged', () => {
    expect(decodeUtf8(b('name: Pérez 💶\n'), 'f.yaml')).toBe('name: Pérez 💶\n');
    expect(decodeUtf8(b([0xef, 0xbb, 0xbf], 'a: 1\n'), 'f.yaml')).toBe('a: 1\n');
  });

  it('a Latin-1 byte after multi-byte characters: the column counts characters, not bytes', () => {
    // "note: ñandú " is 12 characters (14 bytes); the bad byte 0xE9 is the 13th character.
    expect(place(b('name: A\nnote: ñandú ', [0xe9], 'x\n'))).toEqual({ line: 2, col: 13 });
  });

  it('every position of a bad byte in a line of emoji and accents', () => {
    const prefix = 'ab€💶ñ';
    for (let cut = 0; cut <= prefix.length; cut++) {
      const head = [...prefix].slice(0, cut).join('');
      // Column = UTF-16 length of the text before it + 1, as the yaml parser counts.
      expect(place(b('x: 1\n', head, [0xff], 'tail'))).toEqual({ line: 2, col: head.length + 1 });
    }
  });

  it('a lead byte followed by a non-continuation byte points at the lead byte', () => {
    expect(place(b('abc', [0xe2, 0x41], 'z'))).toEqual({ line: 1, col: 4 });
  });

  it('a character cut short at the very end of the file', () => {
    expect(place(b('a: 1\nb: x', [0xe2, 0x82]))).toEqual({ line: 2, col: 5 });
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { EventDraft } from '../../../src/core/edit/draft.js';
import { append, draftData, eventsIn, insertedLines } from './insertion.js';

describe('insertedLines (the checker the other tests rely on)', () => {
  it('finds a pure insertion', () => {
    expect(insertedLines('a\nb\n', 'a\nX\nY\nb\n')).toEqual(['X', 'Y']);
    expect(insertedLines('a\nb', 'a\nb\nX\n')).toEqual(['X']);
  });
  it('rejects any changed, lost or re-ended line', () => {
    expect(insertedLines('a\nb\n', 'a\nb2\n')).toBeNull();
    expect(insertedLines('a\nb\n', 'a\nX\n')).toBeNull();
    expect(insertedLines('a\nb\n', 'a\nb')).toBeNull();
    expect(insertedLines('a\r\nb\r\n', 'a\nb\r\n')).toBeNull();
    expect(insertedLines('a  # c\n', 'a # c\n')).toBeNull();
  });
});

/** Layouts where the only change may be inserted lines, and how many lines the event takes. */
const layouts: [string, number][] = [
  ['events:\n  - {date: 2026-01-01, type: praise}   # c\n  # after\n', 1],
  ['name: X\nevents:\n  - date: 2026-01-01\n    type: praise\n    note: >-\n      folded\n      text\n\nother: 1\n', 4],
  ['name: X\r\nevents:\r\n  - { date: 2026-01-01, type: praise }\r\n', 1],
  ['events:\n- {date: 2026-01-01, type: praise}', 1],
  ['name: X\nevents:     # later\n', 1],
  ['name: X\n', 2],
  ['events: [\n  {date: 2026-01-01, type: praise},\n]\n', 1],
];

/** Text without lone surrogates: a UTF-8 file cannot hold them anyway. */
const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary-ascii', maxLength: 30 }));
const value = fc.oneof(text, fc.boolean(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));

describe('appendEvent, for any note and field values', () => {
  it('only inserts lines, and the file reads back as the old events plus the new one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...layouts), text, value, ([before, lines], note, extra) => {
        const draft: EventDraft = [
          ['date', '2026-11-24'],
          ['type', 'complaint'],
          ['extra', extra],
          ['note', note],
        ];
        const r = append(before, draft);
        // Every old line kept; the event on one line in a flow style list (4 in a block
        // style one: date, type, extra, note), whatever its text holds.
        expect(insertedLines(before, r.text)).toHaveLength(lines);
        expect(eventsIn(r.text)).toEqual([...eventsIn(before), draftData(draft)]);
        // The reported line is where the event starts (its date is the first field).
        expect(r.text.split('\n')[r.line - 1]).toMatch(/^\s*(- |\{)\s*\{?\s*date: 2026-11-24/);
      }),
      { numRuns: 400, seed: 8 },
    );
  });
});

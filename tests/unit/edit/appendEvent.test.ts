import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { EventDraft } from '../../../src/core/edit/draft.js';
import { append, draftData, eventsIn, insertedLines, tryAppend } from './insertion.js';
import { worded } from '../build.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const invoice: EventDraft = [
  ['date', '2026-11-24'],
  ['type', 'invoice'],
  ['ref', 'F-7'],
  ['amount', 900],
  ['due', '2026-12-20'],
];
const complaint: EventDraft = [
  ['date', '2026-11-24'],
  ['type', 'complaint'],
];

/** The core promise, checked on every fixture: old lines intact, old events plus the new one. */
function expectAppended(before: string, draft: EventDraft, inserted: string[]) {
  const r = append(before, draft);
  expect(insertedLines(before, r.text)).toEqual(inserted);
  expect(eventsIn(r.text)).toEqual([...eventsIn(before), draftData(draft)]);
  const { events: _a, ...restBefore } = (parse(before) ?? {}) as Record<string, unknown>;
  const { events: _b, ...restAfter } = parse(r.text) as Record<string, unknown>;
  expect(restAfter).toEqual(restBefore);
  return r;
}

describe('appendEvent: block lists of flow maps', () => {
  it('adds one flow-map line after the last event, keeping comments, aligned comments and blank lines', () => {
    const before = [
      '# yaml-language-server: $schema=../schemas/log.schema.json',
      '# A log full of comments.',
      'events:',
      '  # ── 2025 ──',
      '  - {date: 2025-06-10, type: invoice, ref: F-1, amount: 1320, due: 2025-07-10, paid: 2025-08-25}',
      '  - {date: 2025-09-08, type: scope_change, billed: false}      # aligned',
      '  - {date: 2025-10-14, type: team_feedback, mood: 3}           # comments',
      '',
      '  # ── 2026 ──',
      '  - {date: 2026-02-05, type: message}            # sin respuesta',
      '  # a comment after the last event',
      '# and one at the end of the file',
      '',
    ].join('\n');
    const r = expectAppended(before, invoice, ['  - {date: 2026-11-24, type: invoice, ref: F-7, amount: 900, due: 2026-12-20}']);
    // Right after line 10 (the last event, with its trailing comment): the new event is line 11.
    expect(r.line).toBe(11);
  });

  it('copies padding `{ a: 1 }` and an odd gap after the dash', () => {
    const before = 'events:\n-   { date: 2026-01-01, type: praise }\n-   { date: 2026-01-02, type: praise }\n';
    expectAppended(before, complaint, ['-   { date: 2026-11-24, type: complaint }']);
  });

  it('keeps the list indentation of the file (four spaces)', () => {
    const before = 'name: X\nevents:\n    - {date: 2026-01-01, type: praise}\nother: 1\n';
    expectAppended(before, complaint, ['    - {date: 2026-11-24, type: complaint}']);
  });

  it('handles a file without a final newline: the last line only gains its line ending', () => {
    const before = 'events:\n  - {date: 2026-01-01, type: praise}   # no newline after this';
    const r = append(before, complaint);
    expect(r.text).toBe(`${before}\n  - {date: 2026-11-24, type: complaint}\n`);
    expect(r.line).toBe(3);
  });

  it('keeps CRLF line endings, on the old lines and on the new one', () => {
    const before = 'name: X\r\nevents:\r\n  - {date: 2026-01-01, type: praise}  # c\r\n# end\r\n';
    const r = expectAppended(before, complaint, ['  - {date: 2026-11-24, type: complaint}\r']);
    expect(r.text.split('\r\n').join('')).not.toContain('\n');
  });

  it('appends to the shipped example log and profile without touching a byte of them', () => {
    for (const f of ['acme.log.yaml', 'acme.yaml', 'brightpath.yaml', 'nordlicht.yaml']) {
      const before = readFileSync(join(ROOT, 'examples', f), 'utf8');
      const r = append(before, invoice);
      expect(insertedLines(before, r.text)).toEqual(['  - {date: 2026-11-24, type: invoice, ref: F-7, amount: 900, due: 2026-12-20}']);
      expect(eventsIn(r.text)).toEqual([...eventsIn(before), draftData(invoice)]);
    }
  });
});

describe('appendEvent: block lists of block maps', () => {
  it('writes one field per line at the same indentation, after a folded `>-` note', () => {
    const before = [
      'events:',
      '  - date: 2026-01-01',
      '    type: complaint',
      '    note: >-',
      '      a long note folded',
      '      over two lines',
      '',
      '  # trailing comment',
      'name: X',
      '',
    ].join('\n');
    const r = expectAppended(before, invoice, ['  - date: 2026-11-24', '    type: invoice', '    ref: F-7', '    amount: 900', '    due: 2026-12-20']);
    expect(r.line).toBe(7);
  });

  it('keeps a `|+` block (whose trailing blank lines are its value) whole', () => {
    const before = 'events:\n  - date: 2026-01-01\n    type: complaint\n    note: |+\n      keep\n\n\nname: X\n';
    const r = expectAppended(before, complaint, ['  - date: 2026-11-24', '    type: complaint']);
    expect((parse(r.text) as { events: { note: string }[] }).events[0]!.note).toBe('keep\n\n\n');
  });

  it('copies a wider gap after the dash into the continuation lines', () => {
    const before = 'events:\n-   date: 2026-01-01\n    type: praise\n';
    expectAppended(before, complaint, ['-   date: 2026-11-24', '    type: complaint']);
  });
});

describe('appendEvent: no list yet', () => {
  it('`events:` with nothing after it: the first event goes on the next line', () => {
    expectAppended('name: X\nevents:                # none yet\nother: 1\n', complaint, ['  - {date: 2026-11-24, type: complaint}']);
  });

  it('no `events:` key: adds one at the end, indented like the other lists in the file', () => {
    expectAppended('name: X\nopen_work:\n- a\n# end\n', complaint, ['events:', '- {date: 2026-11-24, type: complaint}']);
    expectAppended('name: X\nopen_work:\n    - a\n', complaint, ['events:', '    - {date: 2026-11-24, type: complaint}']);
    expectAppended('name: X', complaint, ['events:', '  - {date: 2026-11-24, type: complaint}']);
  });

  it('no `events:` key before a `...` document end: goes before it', () => {
    const r = append('name: X\n...\n', complaint);
    expect(r.text).toBe('name: X\nevents:\n  - {date: 2026-11-24, type: complaint}\n...\n');
  });

  it('`events: []` becomes a block list: that one line changes, nothing else', () => {
    const r = append('name: X\nevents: []\nother: 1\n', complaint);
    expect(r.text).toBe('name: X\nevents:\n  - {date: 2026-11-24, type: complaint}\nother: 1\n');
    const c = append('name: X\nevents: []   # empty for now\n', complaint);
    // `[]` goes, the space before it and the comment's own spacing stay: 1 + 3 spaces.
    expect(c.text).toBe('name: X\nevents:    # empty for now\n  - {date: 2026-11-24, type: complaint}\n');
  });

  it('`events: ~` and `events: null` lose the null and gain the event', () => {
    expect(append('events: ~\n', complaint).text).toBe('events:\n  - {date: 2026-11-24, type: complaint}\n');
    expect(append('name: X\nevents: null # c\n', complaint).text).toBe('name: X\nevents:  # c\n  - {date: 2026-11-24, type: complaint}\n');
  });
});

describe('appendEvent: flow lists', () => {
  it('one line `[…]`: the event goes inside the brackets, the comment stays', () => {
    const r = append('name: X\nevents: [{date: 2026-01-01, type: praise}]   # all\n', complaint);
    expect(r.text).toBe('name: X\nevents: [{date: 2026-01-01, type: praise}, {date: 2026-11-24, type: complaint}]   # all\n');
    expect(r.line).toBe(2);
  });

  it('one event per line with trailing commas: a pure insertion', () => {
    const before = 'events: [\n  {date: 2026-01-01, type: praise},\n  {date: 2026-01-02, type: praise},  # c\n]\n';
    const r = expectAppended(before, complaint, ['  {date: 2026-11-24, type: complaint},']);
    expect(r.line).toBe(4);
  });

  it('one event per line without a trailing comma: the last line gains only a comma', () => {
    const r = append('events: [\n  {date: 2026-01-01, type: praise}  # c\n]\n', complaint);
    expect(r.text).toBe('events: [\n  {date: 2026-01-01, type: praise},  # c\n  {date: 2026-11-24, type: complaint}\n]\n');
  });
});

describe('appendEvent: values are quoted by the yaml library where YAML needs it', () => {
  const notes = [
    'Invoice #42',
    'Scope change: three landings',
    'a, b and c',
    '[draft]',
    '{x}',
    '- dash',
    "it's",
    'say "hi"',
    'two\nlines',
    'tab\tinside',
    'true',
    '123',
    '2026-01-01',
    '~',
    'null',
    '*alias',
    '&anchor',
    '!tag',
    '%',
    '@at',
    '`tick',
    '  padded  ',
    'Newsletter «ya que estáis»',
    '\u001b[31mred',
  ];
  it.each(notes)('note %j survives a round trip in a flow map and in a block map', (note) => {
    const draft: EventDraft = [...complaint, ['note', note]];
    for (const before of ['events:\n  - {date: 2026-01-01, type: praise}\n', 'events:\n  - date: 2026-01-01\n    type: praise\n']) {
      const r = append(before, draft);
      const added = insertedLines(before, r.text)!;
      // Flow: one line. Block: date, type, note, one line each.
      expect(added).toHaveLength(before.includes('{') ? 1 : 3);
      expect(eventsIn(r.text)[1]).toEqual({ date: '2026-11-24', type: 'complaint', note });
    }
  });

  it('a text ref that looks like a number stays text; a number is written as one', () => {
    const r = append('events:\n', [...complaint, ['ref', '007'], ['amount', 1250.5], ['billed', false]]);
    expect(r.text).toContain('{date: 2026-11-24, type: complaint, ref: "007", amount: 1250.5, billed: false}');
  });
});

describe('appendEvent: refuses rather than guess', () => {
  it('a file that is one flow mapping', () => {
    const r = tryAppend('{name: X, events: []}\n', complaint);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(worded(r.problem)).toMatchObject({ line: 1, col: 1, message: expect.stringContaining('flow mapping') });
  });

  it('`events:` holding text', () => {
    const r = tryAppend('name: X\nevents: none\n', complaint);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(worded(r.problem)).toMatchObject({ line: 2, col: 9, message: expect.stringContaining('not a list') });
  });

  it('a list shared through an alias: appending would change two places', () => {
    const r = tryAppend('events: &e\n  - {date: 2026-01-01, type: praise}\ncopy: *e\n', complaint);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(worded(r.problem).message).toContain('without changing other lines');
  });
});

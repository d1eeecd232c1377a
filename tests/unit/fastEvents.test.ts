/**
 * The fast events reader must agree with the `yaml` package on every line it accepts, and
 * step aside (null) on every line it cannot be sure about. Generated lines mix values the
 * core schema treats specially (numbers, dates, booleans, null, quotes, `#`, `:`, commas).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument, isSeq, type Node } from 'yaml';
import { simpleEvents } from '../../src/core/fastEvents.js';

const HEADER = '# a client\nid: acme\nname: ACME Retail S.L.\ncontract: {rate: 60, currency: EUR}\n';

/** What the full parser says: the events and the line each one starts on. */
function reference(text: string): { events: unknown; lines: number[] } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, logLevel: 'silent' });
  if (doc.errors.length) throw new Error('invalid');
  const seq = doc.get('events', true) as Node | undefined;
  const lines = seq && isSeq(seq) ? seq.items.map((n) => lc.linePos((n as Node).range![0]).line) : [];
  return { events: (doc.toJS() as { events: unknown }).events, lines };
}

const safeWord = fc.constantFrom('invoice', 'Pidió', 'tres', 'landings', 'late', "don't", '(v2)', 'F-7', 'é', 'ñandú', '«hola»', '¿qué?', '¡ya!', '€100', '5"', 'a–b', '٣', 'x.y', 'a/b');
const trickyWord = fc.constantFrom(
  'invoice', 'Pidió', 'tres', 'landings', 'late', "don't", '(v2)', 'F-7', '2026-01-10', '2026-13-45', '900', '0', '007',
  '1.5', '1.50', '1e3', '0x1F', '0o17', '.5', '.inf', '-1', '+1', 'true', 'True', 'FALSE', 'null', 'Null', '~', 'yes',
  'no', 'on', 'a#b', '#', 'a:b', 'x:', ':', ',', '[a]', '{b}', '&a', '*a', '!t', '|', '>', '%', '@me', '`x`', '"q"', "'s'",
  'é', 'ñandú', '«hola»', '¿qué?', '¡ya!', '…', '€100', '5"', 'a–b', 'x\\y', '  ', '', '\u00a0', '\u2028', 'ǅ', '٣',
);
const word = fc.oneof({ weight: 12, arbitrary: safeWord }, { weight: 1, arbitrary: trickyWord });
const value = fc.oneof(
  { weight: 4, arbitrary: fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')) },
  fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => `"${w.join(' ')}"`),
  fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => `'${w.join(' ')}'`),
  fc.integer({ min: 0, max: 1e9 }).map(String),
  fc.constantFrom('2026-02-09', 'true', 'false', '12.25', '0.5'),
  fc.constantFrom('[a, b]', '{x: 1}', '', '1_000', '12.'),
);
/** Mostly what people write, sometimes something the fast reader must refuse. */
const mostly = <T,>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ weight: 10, arbitrary: usual }, { weight: 1, arbitrary: odd });
const key = mostly(fc.constantFrom('date', 'type', 'ref', 'amount', 'due', 'paid', 'note', 'billed', 'hours', 'x_1'), fc.constantFrom('true', 'Note', 'a b', 'constructor', '"q"'));
const pairs = fc.uniqueArray(fc.tuple(key, value), { minLength: 1, maxLength: 6, selector: ([k]) => k });
const sep = mostly(fc.constantFrom(', ', ','), fc.constantFrom(',  ', ' , ', ' ,'));
const tail = mostly(fc.constantFrom('', '   # note', ' # paid late'), fc.constantFrom('#x', '  # {y}', ' ', ' \u00a0'));
const open = mostly(fc.constant('- {'), fc.constantFrom('- { ', '-  {', '-{'));
const close = mostly(fc.constant('}'), fc.constantFrom(' }', '},', '}}'));
const line = fc
  .tuple(pairs, sep, tail, open, close)
  .map(([ps, s, t, o, c]) => `${o}${ps.map(([k, v]) => `${k}: ${v}`).join(s)}${c}${t}`);
const body = fc.array(mostly(line, fc.constantFrom('', '# comment', '  # indented comment', 'name: later', '---', '...')), {
  minLength: 1,
  maxLength: 8,
});

describe('simpleEvents agrees with the yaml package', () => {
  it('on every generated file it accepts, and never accepts an invalid one', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(body, fc.constantFrom(0, 2, 4), fc.constantFrom('\n', '\r\n'), (lines, indent, nl) => {
        const text = (HEADER + 'events:\n' + lines.map((l) => (l.startsWith('- ') ? ' '.repeat(indent) + l : l)).join('\n') + '\n').replace(/\n/g, nl);
        const fast = simpleEvents(text);
        runs++;
        let ref: ReturnType<typeof reference> | null = null;
        try {
          ref = reference(text);
        } catch {
          ref = null;
        }
        if (fast === null) return;
        accepted++;
        expect(ref, 'accepted a file the yaml package rejects').not.toBeNull();
        expect(fast.events).toStrictEqual(ref!.events);
        expect(fast.lines).toEqual(ref!.lines);
        expect(fast.header).toBe(text.slice(0, text.indexOf('events:')));
      }),
      { numRuns: 6000, seed: 20261124 },
    );
    // The generator must exercise the fast path, not only the fallbacks.
    expect(accepted).toBeGreaterThan(runs / 20);
  });

  it('accepts the plain files people write, with the same result', () => {
    const plainValue = fc.oneof(
      fc.array(safeWord, { minLength: 1, maxLength: 5 }).map((w) => w.join(' ')),
      // A double quote inside double quotes needs an escape, which the fast reader leaves to yaml.
      fc.array(safeWord.filter((w) => !w.includes('"')), { minLength: 1, maxLength: 3 }).map((w) => `"${w.join(' ')}: #1, ok"`),
      fc.integer({ min: 0, max: 99999 }).map(String),
      fc.constantFrom('2026-02-09', 'true', 'false', '12.25'),
    );
    const plainLine = fc
      .uniqueArray(fc.tuple(fc.constantFrom('date', 'type', 'ref', 'amount', 'due', 'paid', 'note', 'billed', 'hours'), plainValue), { minLength: 1, maxLength: 6, selector: ([k]) => k })
      .map((ps) => `  - {${ps.map(([k, v]) => `${k}: ${v}`).join(', ')}}`);
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.array(plainLine, { minLength: 1, maxLength: 20 }), (lines) => {
        const text = `${HEADER}events:\n${lines.join('\n')}\n`;
        runs++;
        const fast = simpleEvents(text);
        if (!fast) return;
        accepted++;
        const ref = reference(text);
        expect(fast.events).toStrictEqual(ref.events);
        expect(fast.lines).toEqual(ref.lines);
      }),
      { numRuns: 1500, seed: 7 },
    );
    expect(accepted).toBe(runs);
  });
});

describe('simpleEvents', () => {
  const f = (events: string) => simpleEvents(`name: X\nevents:\n${events}\n`);

  it('reads dates as text, canonical numbers as numbers, true/false as booleans', () => {
    const r = f('  - {date: 2026-01-10, type: invoice, ref: F-7, amount: 900, due: 2026-02-09, rate: 12.5, billed: false}');
    expect(r?.events).toEqual([{ date: '2026-01-10', type: 'invoice', ref: 'F-7', amount: 900, due: '2026-02-09', rate: 12.5, billed: false }]);
    // name on line 1, events: on line 2, the event on line 3
    expect(r?.lines).toEqual([3]);
  });

  it('counts blank and comment lines when numbering events', () => {
    // lines: 1 name, 2 events:, 3 event, 4 blank, 5 comment, 6 event
    expect(f('  - {date: 2026-01-10, type: praise}\n\n  # later\n  - {date: 2026-02-10, type: complaint}')?.lines).toEqual([3, 6]);
  });

  it.each([
    ['a comment inside a note', '  - {date: 2026-01-10, type: invoice, ref: F-1, note: Invoice #42}'],
    ['a colon in plain text', '  - {date: 2026-01-10, type: x, note: Scope change: more}'],
    ['an escape in double quotes', '  - {date: 2026-01-10, type: x, note: "a\\"b"}'],
    ['a non-canonical number', '  - {date: 2026-01-10, type: invoice, ref: F-2, amount: 0x10}'],
    ['an exponent', '  - {date: 2026-01-10, type: invoice, ref: F-3, amount: 1e3}'],
    ['null', '  - {date: 2026-01-10, type: x, paid: null}'],
    ['a capitalised boolean', '  - {date: 2026-01-10, type: x, billed: True}'],
    ['an alias', '  - {date: 2026-01-10, type: *t}'],
    ['a nested list', '  - {date: 2026-01-10, type: x, tags: [a, b]}'],
    ['a duplicate key', '  - {date: 2026-01-10, type: x, type: y}'],
    ['a block mapping item', '  - date: 2026-01-10\n    type: x'],
    ['a key after the list', '  - {date: 2026-01-10, type: x}\nname2: y'],
    ['items at two indents', '  - {date: 2026-01-10, type: x}\n    - {date: 2026-01-11, type: x}'],
    ['a tab', '  - {date: 2026-01-10,\ttype: x}'],
    ['a forbidden key', '  - {date: 2026-01-10, type: x, constructor: y}'],
    ['no events', '  # nothing yet'],
  ])('steps aside for %s', (_, events) => {
    expect(f(events)).toBeNull();
  });

  it('steps aside when there is no top-level events key or something ends the document first', () => {
    expect(simpleEvents('name: X\n')).toBeNull();
    expect(simpleEvents('name: X\n...\nevents:\n  - {date: 2026-01-10, type: x}\n')).toBeNull();
    expect(simpleEvents('name: X\n  events:\n  - {date: 2026-01-10, type: x}\n')).toBeNull();
  });
});

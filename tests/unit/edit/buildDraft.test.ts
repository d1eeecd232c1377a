import { describe, expect, it } from 'vitest';
import { buildDraft, exampleFor } from '../../../src/core/edit/buildDraft.js';
import { fieldsOf } from '../../../src/core/edit/fields.js';
import type { Lang } from '../../../src/core/i18n/index.js';
import { worded } from '../build.js';

/** buildDraft with its problems and warnings worded in `lang`. */
const draftIn = (lang: Lang, input: Omit<Parameters<typeof buildDraft>[0], 'lang'>) => {
  const r = buildDraft({ ...input, lang });
  return { ...r, problems: r.problems.map((p) => worded(p, lang)), warnings: r.warnings.map((p) => worded(p, lang)) };
};
const build = (type: string, pairs: string[], more: { date?: string; note?: string } = {}) =>
  draftIn('en', { type, date: more.date ?? '2026-11-24', pairs, note: more.note });

describe('fieldsOf: read off the zod schema of each built-in type', () => {
  it('knows kinds, required fields and bounds', () => {
    const invoice = fieldsOf('invoice');
    // `payments` (kept by `clientfit paid`) and `source` (by `clientfit import`) are never typed by hand.
    expect(invoice.map((f) => [f.name, f.required])).toEqual([
      ['ref', true],
      ['amount', true],
      ['due', true],
      ['paid', false],
    ]);
    expect(invoice.slice(0, 3)).toEqual([
      { name: 'ref', kind: 'textOrNumber', required: true },
      // Every number is finite and below 1e12 (NUMBER_LIMIT, DESIGN: safety), so no total overflows.
      { name: 'amount', kind: 'number', required: true, min: 0, max: 1e12 },
      { name: 'due', kind: 'date', required: true },
    ]);
    // `paid`: a date, or true when it is paid and nobody knows when.
    expect(invoice[3]).toEqual({ name: 'paid', kind: 'dateOrTrue', required: false });
    expect(fieldsOf('work').map((f) => f.name)).toEqual(['hours', 'billable']);
    expect(fieldsOf('team_feedback')).toEqual([{ name: 'mood', kind: 'integer', required: true, min: 1, max: 5 }]);
    expect(fieldsOf('scope_change')).toEqual([{ name: 'billed', kind: 'boolean', required: false }]);
    expect(fieldsOf('complaint')).toEqual([]);
    expect(fieldsOf('workshop')).toEqual([]);
    expect(fieldsOf('__proto__')).toEqual([]);
  });
});

describe('buildDraft', () => {
  it('types each value by its field and orders date, type, fields (schema order), extras, note', () => {
    const r = build('invoice', ['due=2026-12-20', 'amount=900.50', 'ref=F-7', 'paid=2027-01-03'], { note: 'Invoice #42' });
    expect(r.problems).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.draft).toEqual([
      ['date', '2026-11-24'],
      ['type', 'invoice'],
      ['ref', 'F-7'],
      ['amount', 900.5],
      ['due', '2026-12-20'],
      ['paid', '2027-01-03'],
      ['note', 'Invoice #42'],
    ]);
  });

  it('booleans accept true/false and yes/no; a ref of plain digits is a number, 007 stays text', () => {
    expect(build('scope_change', ['billed=no']).draft).toContainEqual(['billed', false]);
    expect(build('scope_change', ['billed=TRUE']).draft).toContainEqual(['billed', true]);
    expect(build('invoice', ['ref=42', 'amount=1', 'due=2026-12-01']).draft).toContainEqual(['ref', 42]);
    expect(build('invoice', ['ref=007', 'amount=1', 'due=2026-12-01']).draft).toContainEqual(['ref', '007']);
  });

  it('collects every problem at once: bad number, bad date, out of range, missing field', () => {
    // The bad date is now checked on `due`: invoice `paid` is no longer typed as a date since it
    // also accepts `true` (issue 15), a src regression pinned by the it.fails test below.
    const r = build('invoice', ['amount=1,500']);
    expect(r.draft).toBeUndefined();
    expect(r.problems.map((p) => p.message)).toEqual(['`amount` should be a number, not "1,500"', 'invoice events need ref=… and due=…']);
    // 2026-11-24 + 30 days = 2026-12-24.
    expect(r.problems[1]!.expected).toBe('for example:  clientfit log FILE invoice ref=F-7 amount=900 due=2026-12-24');
    const dates = build('invoice', ['ref=F-7', 'amount=1,500', 'due=2026-02-30']);
    expect(dates.problems.map((p) => p.message)).toEqual([
      '`amount` should be a number, not "1,500"',
      '`due` should be a date as YYYY-MM-DD, not "2026-02-30"',
    ]);
    const mood = build('team_feedback', ['mood=6']);
    expect(mood.problems[0]).toMatchObject({ message: '`mood` must be at most 5', expected: 'a whole number from 1 to 5' });
    expect(build('team_feedback', ['mood=2.5']).problems[0]!.message).toBe('`mood` should be a whole number, not "2.5"');
    expect(build('work', ['hours=-3']).problems[0]!.message).toBe('`hours` must be at least 0');
  });

  it('warns about an unknown type or field with a did-you-mean, and keeps them', () => {
    const r = build('complant', ['severity=high']);
    expect(r.problems).toEqual([]);
    expect(r.warnings.map((w) => [w.severity, w.message])).toEqual([
      ['warning', '"complant" is not a built-in event type (did you mean `complaint`?); it is logged as your own type'],
    ]);
    expect(r.draft).toEqual([
      ['date', '2026-11-24'],
      ['type', 'complant'],
      ['severity', 'high'],
    ]);
    const f = build('invoice', ['ref=F-7', 'amount=1', 'due=2026-12-01', 'pad=2026-12-05']);
    expect(f.warnings[0]!.message).toBe('invoice events have no `pad` field (did you mean `paid`?); it is kept as given');
    expect(f.draft).toContainEqual(['pad', '2026-12-05']);
  });

  it('guesses the type of your own fields: number, boolean, else text', () => {
    expect(build('workshop', ['people=12', 'remote=yes', 'room=B-2']).draft).toEqual([
      ['date', '2026-11-24'],
      ['type', 'workshop'],
      ['people', 12],
      ['remote', true],
      ['room', 'B-2'],
    ]);
  });

  it('refuses malformed arguments', () => {
    const msgs = (pairs: string[], note?: string) => build('complaint', pairs, { note }).problems.map((p) => p.message);
    expect(msgs(['amount'])).toEqual(['"amount" is not a field=value pair']);
    expect(msgs(['=3'])).toEqual(['"=3" is not a field=value pair']);
    expect(msgs(['__proto__=1'])).toEqual(['"__proto__" is not a field name']);
    expect(msgs(['a b=1'])).toEqual(['"a b" is not a field name']);
    expect(msgs(['date=2026-01-01'])).toEqual(['the date is given with --date, not date=']);
    expect(msgs(['type=x'])).toEqual(['the type is the second argument, not type=']);
    expect(msgs(['x=1', 'x=2'])).toEqual(['`x` is given twice']);
    expect(msgs(['note=a'], 'b')).toEqual(['the note is given twice, with --note and note=']);
    expect(msgs(['x='])).toEqual(['`x` has no value']);
    expect(build('bad type', []).problems[0]!.message).toBe('"bad type" is not an event type');
    expect(build('complaint', [], { date: '2026-02-29' }).problems[0]!.message).toBe('--date: "2026-02-29" is not a date');
  });

  it('a value may hold "=": only the first one splits', () => {
    expect(build('complaint', ['note=a=b']).draft).toContainEqual(['note', 'a=b']);
  });

  it('speaks Spanish with the Spanish catalogue', () => {
    const r = draftIn('es', { type: 'invoice', date: '2026-11-24', pairs: ['amount=abc'] });
    expect(r.problems.map((p) => p.message)).toEqual(['`amount` debe ser un número, no «abc»', 'un hecho invoice necesita ref=… y due=…']);
  });

  it('refuses an invoice without ref, as lint would, saying to add ref= (English and Spanish)', () => {
    const r = build('invoice', ['amount=900', 'due=2026-12-20']);
    expect(r.draft).toBeUndefined();
    expect(r.problems).toEqual([
      { code: 'usage', message: 'invoice events need ref=…', expected: 'for example:  clientfit log FILE invoice ref=F-7 amount=900 due=2026-12-24' },
    ]);
    const es = draftIn('es', { type: 'invoice', date: '2026-11-24', pairs: ['amount=900', 'due=2026-12-20'] });
    expect(es.problems.map((p) => [p.message, p.expected])).toEqual([
      ['un hecho invoice necesita ref=…', 'por ejemplo:  clientfit log FILE invoice ref=F-7 amount=900 due=2026-12-24'],
    ]);
  });

  it('exampleFor lists only the required fields', () => {
    expect(exampleFor('work', '2026-11-24')).toBe('clientfit log FILE work hours=8');
    expect(exampleFor('complaint', '2026-11-24')).toBe('clientfit log FILE complaint');
  });
});

describe('invoice `paid` after issue 15 (a date, or true when the date is unknown)', () => {
  it('refuses an impossible paid date, as it did before', () => {
    expect(build('invoice', ['ref=F-7', 'amount=1', 'due=2026-12-01', 'paid=2026-02-30']).problems.map((p) => p.message)).toEqual([
      '`paid` should be a date as YYYY-MM-DD, not "2026-02-30"',
    ]);
  });
  it('takes paid=true for an invoice paid on a date nobody recorded, as a real boolean', () => {
    const r = build('invoice', ['ref=F-7', 'amount=1', 'due=2026-12-01', 'paid=true']);
    expect(r.problems).toEqual([]);
    expect(r.draft).toContainEqual(['paid', true]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/core/edit/parseNumber.js';
import { parseFieldValue } from '../../../src/core/edit/parseValue.js';
import { fieldsOf } from '../../../src/core/edit/fields.js';
import { buildDraft } from '../../../src/core/edit/buildDraft.js';
import { worded } from '../build.js';

const value = (s: string, lang: 'en' | 'es', integer = false) => {
  const r = parseNumber(s, lang, integer);
  return r.ok ? r.value : r.reason;
};
const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('parseNumber, Spanish: a decimal comma, thousands by . or a space', () => {
  it.each([
    ['12,5', 12.5],
    ['0,5', 0.5],
    ['-3,25', -3.25],
    ['+3,25', 3.25],
    ['1200,5', 1200.5],
    ['1.200,50', 1200.5],
    ['1.234.567,89', 1234567.89],
    ['1 200,50', 1200.5],
    [`1${NBSP}200,50`, 1200.5],
    [`1${NNBSP}234${NNBSP}567`, 1234567],
    ['  12,5  ', 12.5],
    ['900', 900],
    ['-0', -0],
  ])('%j is %d', (s, n) => expect(value(s, 'es')).toBe(n));

  it('a point before exactly three digits, grouped from a first group of 1–3 digits, is a thousands separator', () => {
    expect(value('1.200', 'es')).toBe(1200);
    expect(value('12.500', 'es')).toBe(12500);
    expect(value('123.456.789', 'es')).toBe(123456789);
    expect(value('-1.200', 'es')).toBe(-1200);
  });

  it('any other point is the file format’s decimal point, so a value copied from a file keeps its meaning', () => {
    expect(value('12.5', 'es')).toBe(12.5);
    expect(value('1250.50', 'es')).toBe(1250.5);
    // A leading zero or a first group of four digits cannot start a thousands grouping.
    expect(value('0.500', 'es')).toBe(0.5);
    expect(value('1250.500', 'es')).toBe(1250.5);
    expect(value('1.5', 'es')).toBe(1.5);
    expect(value('01.200', 'es')).toBe(1.2);
  });

  it('a decimal comma needs digits on both sides: ,5 and 12, are refused with what to type', () => {
    expect(parseNumber(',5', 'es')).toEqual({ ok: false, reason: 'bareComma', suggestion: '0,5' });
    expect(parseNumber('-,5', 'es')).toEqual({ ok: false, reason: 'bareComma', suggestion: '-0,5' });
    expect(parseNumber('12,', 'es')).toEqual({ ok: false, reason: 'bareComma', suggestion: '12' });
    expect(value(',', 'es')).toBe('notNumber');
  });

  it.each(['1.2.3', '1,2,3', '1.20,5', '1.2000,5', '1.234 567,89', '1  200', '12 ,5', '1,200.50', '1e3', '1E3', 'Infinity', '0x10', '12,5 €', 'abc', '', '- 3,25', '1_000'])(
    '%j is not a number',
    (s) => expect(value(s, 'es')).toBe('notNumber'),
  );

  it('whole numbers: digits or thousands, never a decimal part', () => {
    expect(value('30', 'es', true)).toBe(30);
    expect(value('1.200', 'es', true)).toBe(1200);
    expect(value('1 200', 'es', true)).toBe(1200);
    expect(value('2,5', 'es', true)).toBe('notNumber');
    expect(value('2,0', 'es', true)).toBe('notNumber');
    expect(value('1.5', 'es', true)).toBe('notNumber');
    expect(value(',5', 'es', true)).toBe('notNumber');
  });
});

describe('parseNumber, English: as the files write numbers (unchanged), and a comma explained', () => {
  it.each([
    ['12.5', 12.5],
    ['1200.50', 1200.5],
    ['-3.25', -3.25],
    ['.5', 0.5],
    ['12.', 12],
    ['1.200', 1.2],
    [' 900 ', 900],
  ])('%j is %d', (s, n) => expect(value(s, 'en')).toBe(n));

  it.each(['1e3', '1 200.50', `1${NBSP}200`, '1.2.3', 'abc', '', 'Infinity'])('%j is not a number', (s) => expect(value(s, 'en')).toBe('notNumber'));

  it('a comma is never read: the error says what to type (and both readings when there are two)', () => {
    expect(parseNumber('1,5', 'en')).toEqual({ ok: false, reason: 'comma', suggestion: '1.5' });
    expect(parseNumber('0,5', 'en')).toEqual({ ok: false, reason: 'comma', suggestion: '0.5' });
    expect(parseNumber('1,200.50', 'en')).toEqual({ ok: false, reason: 'comma', suggestion: '1200.50' });
    expect(parseNumber('1,234,567.89', 'en')).toEqual({ ok: false, reason: 'comma', suggestion: '1234567.89' });
    expect(parseNumber('1,200', 'en')).toEqual({ ok: false, reason: 'comma', suggestion: '1200', alternative: '1.2' });
    expect(parseNumber('1.200,50', 'en')).toEqual({ ok: false, reason: 'comma' });
    expect(parseNumber('1,2,3', 'en')).toEqual({ ok: false, reason: 'comma' });
    expect(parseNumber(',5', 'en')).toEqual({ ok: false, reason: 'comma' });
  });

  it('whole numbers: a suggestion only when it is a whole number', () => {
    expect(value('30', 'en', true)).toBe(30);
    expect(value('30.0', 'en', true)).toBe('notNumber');
    expect(parseNumber('1,200', 'en', true)).toEqual({ ok: false, reason: 'comma', suggestion: '1200' });
    expect(parseNumber('2,5', 'en', true)).toEqual({ ok: false, reason: 'comma' });
  });
});

describe('typed field values by language', () => {
  const amount = fieldsOf('invoice').find((f) => f.name === 'amount')!;
  const mood = fieldsOf('team_feedback')[0]!;
  const say = (r: ReturnType<typeof parseFieldValue>, lang: 'en' | 'es') => (r.ok ? r.value : `${worded({ code: 'usage', message: r.message }, lang).message} | ${worded({ code: 'usage', message: r.expected }, lang).message}`);

  it('Spanish numbers become plain numbers; ranges still apply', () => {
    expect(parseFieldValue('amount', '1.200,50', amount, 'es')).toEqual({ ok: true, value: 1200.5 });
    expect(say(parseFieldValue('amount', '-3,25', amount, 'es'), 'es')).toBe('`amount` no puede ser menor que 0 | un número del 0 al 1000000000000');
    expect(say(parseFieldValue('mood', '4,5', mood, 'es'), 'es')).toBe('`mood` debe ser un número entero, no «4,5» | un número entero, como 30');
    expect(say(parseFieldValue('amount', ',5', amount, 'es'), 'es')).toBe('`amount` debe ser un número, no «,5» | 0,5: una coma decimal lleva cifras a los dos lados');
    expect(say(parseFieldValue('amount', '1.2.3', amount, 'es'), 'es')).toBe(
      '`amount` debe ser un número, no «1.2.3» | un número, como 900, 12,5 o 1.200,50: coma para los decimales; punto o espacio para los miles',
    );
  });

  it('English: 1,5 is an error that says to use a point', () => {
    expect(say(parseFieldValue('amount', '1,5', amount, 'en'), 'en')).toBe(
      '`amount` should be a number, not "1,5" | 1.5: in English a number takes a decimal point and no thousands separators; with --lang es, 12,5 and 1.200,50 are read too',
    );
    expect(say(parseFieldValue('amount', '1,200', amount, 'en'), 'en')).toMatch(/^`amount` should be a number, not "1,200" \| 1200, or 1\.2 if the comma marks decimals: /);
  });

  it('fields of your own types: a Spanish number is a number, anything else stays text', () => {
    expect(parseFieldValue('cost', '12,5', undefined, 'es')).toEqual({ ok: true, value: 12.5 });
    expect(parseFieldValue('cost', '12,5', undefined, 'en')).toEqual({ ok: true, value: '12,5' });
    expect(parseFieldValue('version', '1.2.3', undefined, 'es')).toEqual({ ok: true, value: '1.2.3' });
  });

  it('the draft always holds a plain number, so the file gets 1200.5', () => {
    const r = buildDraft({ type: 'invoice', date: '2026-11-24', pairs: ['ref=F-1', 'amount=1.200,50', 'due=2026-12-20'], lang: 'es' });
    expect(r.draft).toContainEqual(['amount', 1200.5]);
  });
});

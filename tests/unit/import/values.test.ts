import { describe, expect, it } from 'vitest';
import { dateFormatOf, decimalMarkOf, parseBillable, parseDate, parseDuration, parseNumber } from '../../../src/core/import/values.js';
import { decodeCsv } from '../../../src/core/import/decode.js';
import { parseCsv, sniffDelimiter } from '../../../src/core/import/csv.js';
import iconv from 'iconv-lite';

describe('dates', () => {
  it('ISO and DD.MM.YYYY need no help', () => {
    expect(dateFormatOf(['2024-03-04', '2024-12-31'])).toEqual({ ok: true, format: 'YYYY-MM-DD' });
    expect(dateFormatOf(['26.01.2015'])).toEqual({ ok: true, format: 'DD.MM.YYYY' });
  });
  it('a value above 12 tells which part is the day', () => {
    expect(dateFormatOf(['03/04/2026', '15/04/2026'])).toEqual({ ok: true, format: 'DD/MM/YYYY' });
    expect(dateFormatOf(['03/04/2026', '04/15/2026'])).toEqual({ ok: true, format: 'MM/DD/YYYY' });
  });
  it('03/04/2026 alone is ambiguous: refused, never guessed', () => {
    expect(dateFormatOf(['03/04/2026', '05/06/2026'])).toEqual({ ok: false, reason: 'ambiguous', example: '03/04/2026' });
  });
  it('the tool\'s own layout settles it (Xero writes day first)', () => {
    expect(dateFormatOf(['03/04/2026'], 'DD/MM/YYYY')).toEqual({ ok: true, format: 'DD/MM/YYYY' });
  });
  it('both orders in one file is an error', () => {
    expect(dateFormatOf(['13/01/2026', '01/13/2026'])).toMatchObject({ ok: false, reason: 'mixed' });
  });
  it('parses in the layout given, and refuses impossible dates', () => {
    expect(parseDate('03/04/2026', 'DD/MM/YYYY')).toBe('2026-04-03');
    expect(parseDate('03/04/2026', 'MM/DD/YYYY')).toBe('2026-03-04');
    expect(parseDate('2024-03-05 09:00:00', null)).toBe('2024-03-05');
    expect(parseDate('31/02/2026', 'DD/MM/YYYY')).toBeNull();
    expect(parseDate('1.2.2026', 'DD.MM.YYYY')).toBe('2026-02-01');
  });
});

describe('numbers', () => {
  it('a decimal comma is seen in the values (1.200,50, 0,01)', () => {
    expect(decimalMarkOf(['20,0', '2.000,0'])).toBe(',');
    expect(decimalMarkOf(['1,200.50'])).toBe('.');
    expect(decimalMarkOf(['425', '1,200'])).toBe('.');
    expect(decimalMarkOf(['425'], ',')).toBe(',');
    expect(decimalMarkOf(['1,5', '1.5'])).toBe('mixed');
  });
  it('parses with the mark, dropping thousands separators', () => {
    expect(parseNumber('1.200,50', ',')).toBe(1200.5);
    expect(parseNumber('1,200.50', '.')).toBe(1200.5);
    expect(parseNumber('-590.50', '.')).toBe(-590.5);
    expect(parseNumber('12 345,6', ',')).toBe(12345.6);
    expect(parseNumber('abc', '.')).toBeNull();
  });
  it('durations: decimal hours or H:MM(:SS)', () => {
    expect(parseDuration('01:00:01', '.')).toBeCloseTo(1.000278, 5);
    expect(parseDuration('1:30', '.')).toBe(1.5);
    expect(parseDuration('0:06', '.')).toBe(0.1);
    expect(parseDuration('1,5', ',')).toBe(1.5);
    expect(parseDuration('34293552:32:03', '.')).toBeCloseTo(34293552.534, 2);
    expect(parseDuration('1:75', '.')).toBeNull();
  });
  it('billable as the tools write it', () => {
    expect([parseBillable('Yes'), parseBillable('No'), parseBillable('1'), parseBillable(''), parseBillable('', true), parseBillable('いいえ'), parseBillable('Sí')]).toEqual([
      true,
      false,
      true,
      null,
      false,
      false,
      true,
    ]);
  });
});

describe('decoding and splitting', () => {
  const text = 'Fecha;Cliente;Horas\r\n03/04/2026;"Ñandú, S.L.";1,5\r\n';
  it('UTF-8 with a BOM, UTF-16 LE with a BOM, and Windows-1252 all decode to the same text', () => {
    expect(decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeCsv(iconv.encode(text, 'windows-1252'))).toEqual({ text, encoding: 'windows-1252' });
  });
  it('finds the delimiter from the header row: comma, semicolon or tab', () => {
    expect(sniffDelimiter('a,b;c,d\n')).toBe(',');
    expect(sniffDelimiter(text)).toBe(';');
    expect(sniffDelimiter('"a;b"\tc\td\n')).toBe('\t');
  });
  it('keeps quoted line breaks inside a field and numbers each row by its first line', () => {
    const t = parseCsv('a,b\n1,"two\nlines"\n3,4\n');
    expect(t.rows).toEqual([
      { cells: ['1', 'two\nlines'], line: 2 },
      { cells: ['3', '4'], line: 4 },
    ]);
  });
});

/** The one list of legal forms: names compared for import, and a client's name said aloud in the exit draft. */
import { describe, expect, it } from 'vitest';
import { normalizeName, withoutLegalForm } from '../../src/core/legalName.js';
import { planFor, profile } from './exit/fixtures.js';

describe('withoutLegalForm (the short name said aloud)', () => {
  it('drops the legal form and keeps the name as written', () => {
    expect(withoutLegalForm('ACME Retail S.L.')).toBe('ACME Retail');
    expect(withoutLegalForm('ACME Retail, S.L.')).toBe('ACME Retail');
    expect(withoutLegalForm('Estudio Kobalt S.L.U.')).toBe('Estudio Kobalt');
    expect(withoutLegalForm('Ñandú Estudio SLU')).toBe('Ñandú Estudio');
    expect(withoutLegalForm('Foo S. L.')).toBe('Foo');
    expect(withoutLegalForm('BrightPath Consulting Ltd')).toBe('BrightPath Consulting');
    expect(withoutLegalForm('Harbour Cafe Ltd.')).toBe('Harbour Cafe');
    expect(withoutLegalForm('Globex, Inc.')).toBe('Globex');
    expect(withoutLegalForm('Initech LLC')).toBe('Initech');
    expect(withoutLegalForm('Nordlicht Studio GmbH')).toBe('Nordlicht Studio');
    expect(withoutLegalForm('Atelier Lune SAS')).toBe('Atelier Lune');
    expect(withoutLegalForm('Tulip Design BV')).toBe('Tulip Design');
    expect(withoutLegalForm('Acme S.A.')).toBe('Acme');
  });
  it('drops stacked forms: "GmbH & Co. KG"', () => {
    expect(withoutLegalForm('Acme GmbH & Co. KG')).toBe('Acme');
  });
  it('keeps words that may belong to a trading name, and names that are no more than a legal form', () => {
    expect(withoutLegalForm('Design Co')).toBe('Design Co');
    expect(withoutLegalForm('The Coffee Company')).toBe('The Coffee Company');
    expect(withoutLegalForm('S.L.')).toBe('S.L.');
    expect(withoutLegalForm('Casa')).toBe('Casa');
    expect(withoutLegalForm('  Sala Ltd  ')).toBe('Sala');
  });
  it('only cuts whole words at the end', () => {
    expect(withoutLegalForm('Slate Studio')).toBe('Slate Studio');
    expect(withoutLegalForm('Incubator')).toBe('Incubator');
    expect(withoutLegalForm('Basal')).toBe('Basal');
  });
  it('shares its list with the matching of names in exports', () => {
    expect(normalizeName('ACME Retail, S.L.')).toBe(normalizeName(withoutLegalForm('ACME Retail, S.L.')));
  });
});

describe('the exit plan names the client and the contact as they are called', () => {
  it('short_name first, else the name without its legal form; the first word of the contact name', () => {
    const derived = planFor(profile([]));
    expect(derived.shortName).toBe('ACME Retail');
    expect(derived.firstName).toBe('Ana');
    expect(planFor(profile([], 'short_name: "  Acme "')).shortName).toBe('Acme');
    expect(planFor(profile([]).replace('contact: {name: Ana Pérez}', 'contact: {email: a@b.example}')).firstName).toBeNull();
  });
});

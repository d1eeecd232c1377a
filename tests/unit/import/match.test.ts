import { describe, expect, it } from 'vitest';
import { ClientMatcher } from '../../../src/core/import/match.js';
import { normalizeName } from '../../../src/core/legalName.js';

describe('client names', () => {
  it('ignores case, accents, punctuation and legal suffixes', () => {
    expect(normalizeName('ACME Retail, S.L.')).toBe('acme retail');
    expect(normalizeName('Ñandú Estudio SLU')).toBe('nandu estudio');
    expect(normalizeName('Globex, Inc.')).toBe('globex');
    expect(normalizeName('Nordlicht GmbH & Co. KG')).toBe('nordlicht gmbh and');
    expect(normalizeName('Harbour Cafe Ltd')).toBe('harbour cafe');
    expect(normalizeName('SA')).toBe('sa');
  });

  const acme = { id: 'acme', name: 'ACME Retail S.L.', aliases: ['Acme Shop'] };
  const globex = { id: 'globex', name: 'Globex LLC' };
  const acme2 = { id: 'acme-de', name: 'Acme Retail GmbH' };
  const m = new ClientMatcher([acme, globex, acme2]);

  it('matches by id, name or alias', () => {
    expect(m.match('globex')).toEqual({ kind: 'one', target: globex });
    expect(m.match('Globex, Inc.')).toEqual({ kind: 'one', target: globex });
    expect(m.match('acme shop')).toEqual({ kind: 'one', target: acme });
  });
  it('says when nothing matches, and when several do', () => {
    expect(m.match('Initech')).toEqual({ kind: 'none' });
    expect(m.match('')).toEqual({ kind: 'none' });
    expect(m.match('Acme Retail')).toEqual({ kind: 'many', targets: [acme, acme2] });
  });
});

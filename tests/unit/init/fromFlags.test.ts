import { describe, expect, it } from 'vitest';
import { answersFromFlags } from '../../../src/core/init/fromFlags.js';
import { slugFor } from '../../../src/core/init/slug.js';
import { wordEn } from '../build.js';

describe('answersFromFlags', () => {
  it('types every flag', () => {
    const r = answersFromFlags({
      name: '  ACME  ',
      industry: 'retail',
      rate: '60.5',
      currency: 'eur',
      rateUnit: 'DAY',
      paymentTerms: '45',
      noticeDays: '20',
      noticeBasis: 'business',
      writtenNotice: 'no',
      inNiche: 'yes',
      tier: 'scalable',
      since: '2024-02-29',
    }, 'en');
    expect(r.problems).toEqual([]);
    expect(r.answers).toEqual({
      name: 'ACME',
      industry: 'retail',
      rate: 60.5,
      currency: 'EUR',
      rateUnit: 'day',
      paymentTermsDays: 45,
      noticeDays: 20,
      noticeBasis: 'business',
      writtenNotice: false,
      inNiche: true,
      tier: 'scalable',
      since: '2024-02-29',
    });
  });

  it('reports every bad flag, naming it', () => {
    const r = answersFromFlags({ rate: '-1', currency: 'euro', noticeDays: '1.5', tier: 'gold', since: '2025-02-29', clause: 'x' }, 'en');
    expect(r.problems.map((p) => wordEn(p.message))).toEqual([
      '--since: `since` should be a date as YYYY-MM-DD, not "2025-02-29"',
      '--tier: `tier` cannot be "gold"; use one of: ideal, real, scalable, outside',
      '--rate: `rate` must be at least 0',
      '--currency: "euro" is not a currency code',
      '--notice-days: `notice_days` should be a whole number, not "1.5"',
    ]);
    const clause = answersFromFlags({ clause: 'x', noticeBasis: 'calendar' }, 'en');
    expect(clause.problems.map((p) => wordEn(p.message))).toEqual(['--notice-basis, --clause: the termination clause needs --notice-days too']);
  });

  it('slugFor makes a file name from a client name', () => {
    expect(slugFor('ACME Retail S.L.')).toBe('acme-retail-s-l');
    expect(slugFor('Estudio Peña & Co')).toBe('estudio-pena-co');
    expect(slugFor('¿?')).toBe('client');
    expect(slugFor('x'.repeat(60))).toHaveLength(40);
  });
});

import { describe, expect, it } from 'vitest';
import { matchReferrals } from '../../../src/core/exit/referrals.js';

const REFERRALS = [
  { name: 'Marta Gil', contact: 'marta@example', fits: ['retail', 'ecommerce'] },
  { name: 'Oakridge', fits: ['Consulting'] },
  { name: 'Kobalt', contact: 'hola@kobalt.example', fits: [' RETAIL '] },
  { name: 'No fits listed' },
];

describe('matchReferrals', () => {
  it('keeps every referral whose fits name the industry, in settings order, ignoring case and spaces', () => {
    expect(matchReferrals(REFERRALS, 'Retail').map((r) => r.name)).toEqual(['Marta Gil', 'Kobalt']);
    expect(matchReferrals(REFERRALS, 'consulting').map((r) => r.name)).toEqual(['Oakridge']);
  });
  it('matches a whole industry, not part of one', () => {
    expect(matchReferrals(REFERRALS, 'commerce')).toEqual([]);
    expect(matchReferrals(REFERRALS, 'retail store')).toEqual([]);
  });
  it('finds nobody without an industry, without referrals, or when none fits', () => {
    expect(matchReferrals(REFERRALS, undefined)).toEqual([]);
    expect(matchReferrals(REFERRALS, '   ')).toEqual([]);
    expect(matchReferrals(undefined, 'retail')).toEqual([]);
    expect(matchReferrals(REFERRALS, 'mining')).toEqual([]);
  });
});

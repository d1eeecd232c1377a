import type { Settings } from '../schema/settings.js';

export type Referral = NonNullable<Settings['referrals']>[number];

/**
 * Referrals from settings whose `fits` names the client's industry, compared without case
 * or surrounding spaces ("Retail" fits "retail "). No industry, no match: guessing would
 * send the client to someone who may not work in their field. Settings order is kept, so
 * the user decides who is offered first.
 */
export function matchReferrals(referrals: readonly Referral[] | undefined, industry: string | undefined): Referral[] {
  const want = norm(industry);
  if (!want || !referrals) return [];
  return referrals.filter((r) => (r.fits ?? []).some((f) => norm(f) === want));
}

const norm = (s: string | undefined) => (s ?? '').trim().toLowerCase();

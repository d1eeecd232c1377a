/** Where a client stands against your ideal client profile (DESIGN.md, `profile.tier`). */
export const TIERS = ['ideal', 'real', 'scalable', 'outside'] as const;
export const RATE_UNITS = ['hour', 'day', 'month', 'project'] as const;
export const NOTICE_BASES = ['calendar', 'business'] as const;

/** What `clientfit init` learned, from the interview or from flags. Only `name` is required. */
export interface InitAnswers {
  name: string;
  industry?: string;
  since?: string;
  contactName?: string;
  email?: string;
  phone?: string;
  tier?: (typeof TIERS)[number];
  inNiche?: boolean;
  withinSkills?: boolean;
  budgetFits?: boolean;
  rate?: number;
  currency?: string;
  rateUnit?: (typeof RATE_UNITS)[number];
  paymentTermsDays?: number;
  noticeDays?: number;
  noticeBasis?: (typeof NOTICE_BASES)[number];
  writtenNotice?: boolean;
  clause?: string;
}

/** The flags of `clientfit init`, as commander hands them over (all text). */
export interface InitFlags {
  name?: string;
  industry?: string;
  since?: string;
  contactName?: string;
  email?: string;
  phone?: string;
  tier?: string;
  inNiche?: string;
  withinSkills?: string;
  budgetFits?: string;
  rate?: string;
  currency?: string;
  rateUnit?: string;
  paymentTerms?: string;
  noticeDays?: string;
  noticeBasis?: string;
  writtenNotice?: string;
  clause?: string;
}

import * as z from 'zod';
import { Bounded, I18nText, once } from './common.js';

export const THEMES = ['payment', 'scope', 'communication', 'respect', 'fit', 'profitability', 'team'] as const;

/** A criterion's metric: a built-in metric's name, or a count of events of some types. */
export type MetricRef = string | { count: string[] };

/** One criterion of a rubric file, built on first use (common.ts: once). */
export const criterionSchema = once(() =>
  z.object({
    id: z.string().min(1),
    title: I18nText.optional(),
    why: I18nText.optional(),
    metric: z.union([z.string().min(1), z.object({ count: z.array(z.string().min(1)).min(1) })]).optional(),
    warn: Bounded.optional(),
    flag: Bounded.optional(),
    weight: Bounded.optional(),
    theme: z.enum(THEMES).optional(),
    window: z.string().optional(),
    dealbreaker: z.boolean().optional(),
    talking_point: I18nText.optional(),
    /** The talking point in the first person singular, for settings `me.voice: i`; without it, `talking_point` is used. */
    talking_point_i: I18nText.optional(),
    /** With `extends`: `enabled: false` removes an inherited criterion. */
    enabled: z.boolean().optional(),
    /** Days after `due` an invoice may be paid and still count as on time (overrides the rubric's). */
    grace_days: z.number().int().min(0).max(365).optional(),
    /** Events the value must rest on to count in full; fewer scale the severity by n ÷ min_evidence. */
    min_evidence: z.number().int().min(1).max(1000).optional(),
    /** Each event counts 0.5^(age ÷ half_life): `90d`, `6m`. */
    half_life: z.string().optional(),
  }),
);

/** A rubric file, built on first use (common.ts: once). */
export const rubricSchema = once(() =>
  z.object({
    id: z.string().min(1).optional(),
    title: I18nText.optional(),
    extends: z.string().min(1).nullable().optional(),
    window: z.string().optional(),
    bands: z.object({ keep: z.number().min(0).max(100), review: z.number().min(0).max(100) }).partial().optional(),
    criteria: z.array(criterionSchema()).optional(),
    /** Days after `due` an invoice may be paid and still count as on time; default 3. */
    grace_days: z.number().int().min(0).max(365).optional(),
  }),
);
export type RubricFile = z.infer<ReturnType<typeof rubricSchema>>;
export type CriterionFile = z.infer<ReturnType<typeof criterionSchema>>;

/** A criterion after `extends` is resolved and defaults applied: everything scoring needs. */
export interface Criterion {
  id: string;
  title: I18nText;
  why: I18nText;
  metric: MetricRef;
  warn: number;
  flag: number;
  weight: number;
  theme?: (typeof THEMES)[number];
  window?: string;
  dealbreaker: boolean;
  talking_point: I18nText;
  /** First-person-singular wording (settings `me.voice: i`), when the rubric has one. */
  talking_point_i?: I18nText;
  grace_days?: number;
  min_evidence?: number;
  half_life?: string;
}

export interface Rubric {
  id: string;
  file: string;
  title: I18nText;
  window: string;
  bands: { keep: number; review: number };
  /** Default `grace_days` for invoice lateness. */
  grace_days: number;
  criteria: Criterion[];
}

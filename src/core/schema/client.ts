import * as z from 'zod';
import { DateStr, NonNegative, once, Text, WholeDays } from './common.js';
import { eventSchema } from './event.js';

export const OUTCOME_LABELS = ['bad', 'good'] as const;
export type OutcomeLabel = (typeof OUTCOME_LABELS)[number];

/** A client profile, built on first use (common.ts: once). */
export const clientSchema = once(() => {
  const TerminationSchema = z.object({
    notice_days: WholeDays,
    notice_basis: z.enum(['calendar', 'business']).default('calendar'),
    written_notice: z.boolean().optional(),
    early_termination_fee: NonNegative.optional(),
    clause: Text.optional(),
  });

  const ContractSchema = z.object({
    start: DateStr.optional(),
    end: DateStr.optional(),
    rate: NonNegative.optional(),
    currency: z.string().min(1).optional(),
    rate_unit: z.enum(['hour', 'day', 'month', 'project']).optional(),
    payment_terms_days: WholeDays.optional(),
    termination: TerminationSchema.optional(),
  });

  const OutcomeSchema = z.object({
    date: DateStr,
    label: z.enum(OUTCOME_LABELS),
    note: Text.optional(),
  });

  return z.object({
    id: z.union([z.string().min(1), z.number()]).transform(String).optional(),
    name: z.string().min(1),
    /** How the client is named aloud and in the exit letter; default: `name` without its legal form. */
    short_name: z.string().min(1).optional(),
    /** Other names the client goes by in your tools' exports, for `clientfit import`. */
    aliases: z.array(z.string().min(1)).optional(),
    industry: z.string().optional(),
    since: DateStr.optional(),
    contact: z
      .object({ name: z.string().optional(), email: z.string().optional(), phone: z.union([z.string(), z.number()]).optional() })
      .optional(),
    /** More addresses of the client's people, for `clientfit import` of mail (contact.email counts already). */
    emails: z.array(z.string().min(1)).optional().meta({ description: "More of the client's addresses, for import from mail (contact.email counts already)" }),
    /** Mail domains that are the client's (acme.example: anyone there), for `clientfit import` of mail. */
    domains: z.array(z.string().min(1)).optional().meta({ description: "The client's mail domains: a message from anyone there is theirs (import from mail)" }),
    profile: z
      .object({
        tier: z.enum(['ideal', 'real', 'scalable', 'outside']).optional(),
        in_niche: z.boolean().optional(),
        within_skills: z.boolean().optional(),
        budget_fits: z.boolean().optional(),
      })
      .optional(),
    contract: ContractSchema.optional(),
    open_work: z.array(z.string()).optional(),
    logs: z.array(z.string().min(1)).optional(),
    /** How the relationship ended, for `clientfit calibrate`: bad (ended, or wish you had, for fit reasons) or good (would take again). */
    outcome: OutcomeSchema.optional(),
    events: z.array(eventSchema()).nullable().optional(),
  });
});

export type ClientFile = z.infer<ReturnType<typeof clientSchema>>;

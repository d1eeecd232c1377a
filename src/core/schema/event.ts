import * as z from 'zod';
import { DateStr, NonNegative, once, Positive } from './common.js';

const TYPES = [
  'invoice',
  'fee_dispute',
  'scope_change',
  'client_delay',
  'message',
  'complaint',
  'expertise_dismissed',
  'urgent_request',
  'terms_violation',
  'blame',
  'abuse',
  'growth_declined',
  'work',
  'team_feedback',
  'praise',
] as const;

export type BuiltinEventType = (typeof TYPES)[number];
/** The built-in event types (DESIGN.md, "Built-in event types"), in the order of eventFields(). */
export const BUILTIN_EVENT_TYPES: BuiltinEventType[] = [...TYPES];

/** Fields of each built-in event type (DESIGN.md, "Built-in event types"), built on first use. */
export const eventFields = once(() => ({
  invoice: {
    /** The invoice's number: `paid` and `import` find the invoice by it, lint checks it is unique. */
    ref: z.union([z.string().min(1), z.number()]),
    amount: NonNegative,
    due: DateStr,
    /** The date it was paid in full, or `true` when it is paid but nobody knows when. */
    paid: z.union([DateStr, z.literal(true)]).optional(),
    /** Partial payments. */
    payments: z.array(z.object({ date: DateStr, amount: Positive })).optional(),
    source: z.string().optional(),
  },
  fee_dispute: { amount: NonNegative.optional() },
  scope_change: { billed: z.boolean().optional() },
  client_delay: { days: NonNegative },
  message: { answered: DateStr.optional(), source: z.string().optional() },
  complaint: {},
  expertise_dismissed: {},
  urgent_request: {},
  terms_violation: {},
  blame: {},
  abuse: {},
  growth_declined: {},
  work: { hours: NonNegative, billable: z.boolean().optional(), source: z.string().optional() },
  team_feedback: { mood: z.number().int().min(1).max(5) },
  praise: {},
}) as const satisfies Record<BuiltinEventType, z.ZodRawShape>);

/**
 * One dated event. Unknown types are allowed (lint warns); built-in types must carry
 * their fields with the right types.
 */
export const eventSchema = once(() => {
  const fields = eventFields();
  const typed = Object.fromEntries(
    // Only the type's own fields: the base ones are checked once, by the event schema itself.
    BUILTIN_EVENT_TYPES.map((t) => [t, z.looseObject({ ...fields[t] })]),
  ) as unknown as Record<BuiltinEventType, z.ZodType>;
  const base = {
    date: DateStr,
    type: z.string().min(1),
    note: z.string().optional(),
  };
  return z
    .looseObject(base)
    .superRefine((ev, ctx) => {
      const schema = (typed as Record<string, z.ZodType | undefined>)[ev.type];
      if (!schema || !Object.hasOwn(typed, ev.type)) return;
      const r = schema.safeParse(ev);
      if (!r.success) for (const issue of r.error.issues) ctx.addIssue({ ...issue } as never);
    });
});

/** Parsed event as the core sees it; `file`/`line` are added by the loader for evidence. */
export interface ClientEvent {
  date: string;
  type: string;
  note?: string;
  ref?: string | number;
  amount?: number;
  due?: string;
  paid?: string | true;
  payments?: { date: string; amount: number }[];
  source?: string;
  billed?: boolean;
  days?: number;
  answered?: string;
  hours?: number;
  billable?: boolean;
  mood?: number;
  file: string;
  line: number;
  [extra: string]: unknown;
}

/** An event-log file. */
export const logSchema = once(() => z.object({ events: z.array(eventSchema()).nullable().optional() }));

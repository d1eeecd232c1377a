import * as z from 'zod';
import { once, Positive } from './common.js';

/** First person singular or plural in the lines the exit draft has you say and send. */
export const VOICES = ['i', 'we'] as const;
export type Voice = (typeof VOICES)[number];

/** The settings file, built on first use (common.ts: once): most runs find none. */
export const settingsSchema = once(() =>
  z.object({
    me: z
      .object({
        name: z.string().optional(),
        business: z.string().optional(),
        email: z.string().optional(),
        /** Your other addresses (besides email), so that import from mail knows your own messages. */
        emails: z.array(z.string().min(1)).optional().meta({ description: 'Your other mail addresses, besides email: import from mail knows your own messages by them' }),
        /** Who speaks in the exit draft: `i` (a freelancer on their own) or `we` (a business); default: `we` with a `business`, else `i`. */
        voice: z.enum(VOICES).optional(),
      })
      .optional(),
    lang: z.enum(['en', 'es']).optional(),
    rubric: z.string().min(1).optional(),
    target_rate: Positive.optional(),
    referrals: z
      .array(z.object({ name: z.string().min(1), contact: z.string().optional(), fits: z.array(z.string()).optional() }))
      .optional(),
  }),
);
export type Settings = z.infer<ReturnType<typeof settingsSchema>>;

import * as z from 'zod';
import { Positive } from './common.js';

export const SettingsSchema = z.object({
  me: z.object({ name: z.string().optional(), business: z.string().optional(), email: z.string().optional() }).optional(),
  lang: z.enum(['en', 'es']).optional(),
  rubric: z.string().min(1).optional(),
  target_rate: Positive.optional(),
  referrals: z
    .array(z.object({ name: z.string().min(1), contact: z.string().optional(), fits: z.array(z.string()).optional() }))
    .optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

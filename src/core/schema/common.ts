import * as z from 'zod';
import { isRealDate } from '../dates.js';

// zod 4 compiles each schema with `new Function` on first use: worth it for thousands of
// files, a loss for the usual one or two (measured ~25 ms on a single client). zod reads
// this when schemas are built, i.e. at import, so it applies to every command.
z.config({ jitless: true });

/**
 * A schema built the first time it is asked for, then kept. Building a zod schema costs
 * start-up time (zod 4 sets up every node as it is made): a command that reads one kind of
 * file (lint of a rubric, score of a client) builds that kind's schema and no other.
 * The small pieces every schema shares (DateStr, Bounded…) are built at import.
 */
export function once<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

/**
 * Custom issues carry the key of their message in the language bundle as their text
 * (core/i18n/msg.ts); issues.ts turns them into that message with the field and the value,
 * so every error can be told in English or Spanish.
 */
export const ISSUE_KEYS = { dateFormat: 't.issue.dateFormat', dateReal: 't.issue.dateReal', numberLimit: 't.issue.numberLimit' } as const;

// What an editor shows for each field is not here but in i18n/schemaDocs.{en,es}.ts, keyed
// by JSON path, so it can be told in both languages (core/jsonSchema.ts puts it in).
export const DateStr = z
  .string()
  // abort: a text that is not shaped like a date is not also told it is not a real one.
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: ISSUE_KEYS.dateFormat, abort: true })
  .refine(isRealDate, { message: ISSUE_KEYS.dateReal });

export const Text = z.string();

/** Wording in both product languages. */
export const I18nText = z.object({ en: z.string().optional(), es: z.string().optional() });
export type I18nText = z.infer<typeof I18nText>;

/**
 * Every number a user writes (amounts, hours, days, rates, weights) is finite (zod refuses
 * Infinity and NaN) and below this in size, so that no sum of them, over every event a
 * 16 MiB file can hold, reaches Infinity and no report prints Infinity or NaN.
 */
export const NUMBER_LIMIT = 1e12;

/** A finite number, -1e12 < n < 1e12 (NUMBER_LIMIT). */
export const Bounded = z.number().gt(-NUMBER_LIMIT, { message: ISSUE_KEYS.numberLimit }).lt(NUMBER_LIMIT, { message: ISSUE_KEYS.numberLimit });
export const NonNegative = Bounded.min(0);
export const Positive = Bounded.positive();
/** Whole days (notice, payment terms): 0 or more, below NUMBER_LIMIT. */
export const WholeDays = NonNegative.int();

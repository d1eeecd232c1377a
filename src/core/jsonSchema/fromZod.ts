import * as z from 'zod';
import type { Node } from './docs.js';

/** zod writes int bounds as ±2^53-1; they say nothing to a reader. */
function dropSafeIntBounds(node: unknown): void {
  if (Array.isArray(node)) node.forEach(dropSafeIntBounds);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.maximum === Number.MAX_SAFE_INTEGER) delete o.maximum;
    if (o.minimum === Number.MIN_SAFE_INTEGER) delete o.minimum;
    Object.values(o).forEach(dropSafeIntBounds);
  }
}

/** The pattern zod writes for DateStr (schema/common.ts). */
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/**
 * A date must also be a real one (lint's `impossible-date`): `format: date` says so to
 * validators that check formats (2026-02-30 is refused), and the pattern to those that do not.
 */
function markDates(node: unknown): void {
  if (Array.isArray(node)) node.forEach(markDates);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.pattern === DATE_PATTERN) o.format = 'date';
    Object.values(o).forEach(markDates);
  }
}

/**
 * The draft-07 JSON Schema of what users write (zod's input side: `id: 7` is fine before it
 * becomes "7"), without its `$schema` line (the caller adds it once, at the top).
 */
export function fromZod(schema: z.ZodType): Node {
  const { $schema: _, ...json } = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Node;
  dropSafeIntBounds(json);
  markDates(json);
  return json;
}

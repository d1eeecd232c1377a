import type * as z from 'zod';
import { closest } from '../../similar.js';
import { asRecord, report, type Path } from '../place.js';
import { SCHEMAS } from '../schemas.js';
import { viewOf } from '../shape.js';
import type { LintContext, Rule } from '../types.js';
import { M } from '../../i18n/msg.js';

/** A union option that fits the data's shape (a mapping for `{count: [...]}`, say). */
function optionFor(options: z.ZodType[], data: unknown): z.ZodType | undefined {
  const want = Array.isArray(data) ? 'array' : asRecord(data) ? 'object' : null;
  return want ? options.find((o) => viewOf(o).kind === want) : undefined;
}

function walk(ctx: LintContext, schema: z.ZodType, data: unknown, path: Path): void {
  const view = viewOf(schema);
  if (view.kind === 'union') {
    const option = optionFor(view.options, data);
    if (option) walk(ctx, option, data, path);
  } else if (view.kind === 'array' && Array.isArray(data)) {
    data.forEach((item, i) => walk(ctx, view.element, item, [...path, i]));
  } else if (view.kind === 'object') {
    const rec = asRecord(data);
    if (!rec) return;
    const known = Object.keys(view.shape);
    for (const key of Object.keys(rec)) {
      const field = Object.hasOwn(view.shape, key) ? view.shape[key] : undefined;
      if (field) walk(ctx, field, rec[key], [...path, key]);
      else report(ctx, [...path, key], 'unknown-key', 'warning', M.lint.unknownKey(key, closest(key, known)), true);
    }
  }
}

/**
 * Keys the schema does not know are dropped without a word when scoring, so a typo such
 * as `weigth:` silently loses a setting: warn, with the nearest known key. Events are
 * open (custom types carry their own fields); `unknownEventFields` covers built-in ones.
 */
export const unknownKeys: Rule = (ctx) => walk(ctx, SCHEMAS[ctx.kind](), ctx.data, []);

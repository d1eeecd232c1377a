import { asRecord, report } from '../place.js';
import type { Rule } from '../types.js';
import { M } from '../../i18n/msg.js';

/** Defaults when neither the file nor its parent sets bands (as buildRubric applies them). */
const DEFAULT = { keep: 75, review: 45 };

/** `keep` at or below `review` leaves no room for a review verdict (or makes keep unreachable). */
export const bandsOrder: Rule = (ctx) => {
  const own = asRecord(ctx.data.bands) ?? {};
  const parent = ctx.parent?.status === 'ok' ? ctx.parent.rubric.bands : DEFAULT;
  const keep = typeof own.keep === 'number' ? own.keep : parent.keep;
  const review = typeof own.review === 'number' ? own.review : parent.review;
  if (keep > review) return;
  const at = own.keep !== undefined ? ['bands', 'keep'] : ['bands', 'review'];
  report(ctx, at, 'bands-order', 'error', M.lint.bandsOrder(keep, review));
};

import { isRealDate } from '../../dates.js';
import { rawEvents, str } from '../events.js';
import { asRecord, report } from '../place.js';
import type { Rule } from '../types.js';
import { M } from '../../i18n/msg.js';

/** Fields that record something that already happened (a due date may well be ahead). */
const HAPPENED = ['date', 'paid', 'answered'];

/** An event dated after today, or an outcome that has not happened yet, is usually a typo in the year; "today" comes from the command. */
export const futureDates: Rule = (ctx) => {
  for (const { ev, index } of rawEvents(ctx.src)) {
    for (const field of HAPPENED) {
      const d = str(ev, field);
      if (d && isRealDate(d) && d > ctx.asOf) report(ctx, ['events', index, field], 'future-date', 'warning', M.lint.futureDate(field, d, ctx.asOf));
    }
  }
  if (ctx.kind !== 'client') return;
  const outcome = asRecord(asRecord(ctx.data)?.outcome);
  const d = outcome ? str(outcome, 'date') : undefined;
  if (d && isRealDate(d) && d > ctx.asOf) report(ctx, ['outcome', 'date'], 'future-date', 'warning', M.lint.futureDate('outcome.date', d, ctx.asOf));
};

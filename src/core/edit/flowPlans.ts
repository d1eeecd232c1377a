import type { YAMLSeq } from 'yaml';
import { columnOf, lineAfter } from './layout.js';
import { renderEvent } from './renderItem.js';
import { rangeOf, spaces, styleOf, type Ctx, type Plan } from './plans.js';

/**
 * A non-empty `[…]` list: the event goes inside the brackets, after the last one. When
 * each event has its own line and a trailing comma, that is a pure insertion; otherwise
 * the last event's line gains a comma (or the new event, for a one-line list).
 */
export function flowPlans(seq: YAMLSeq, ctx: Ctx): Plan[] {
  const { text } = ctx;
  const last = seq.items[seq.items.length - 1];
  const lr = rangeOf(last)!;
  const sr = rangeOf(seq)!;
  const close = text.lastIndexOf(']', sr[1]);
  const style = { ...styleOf(last, text), flow: true };
  const items = ctx.drafts.map((d) => renderEvent(d, style)[0]!);
  const itemCol = columnOf(text, lr[0]);
  let i = lr[1];
  while (text[i] === ' ' || text[i] === '\t') i++;
  const comma = text[i] === ',' ? i : -1;
  const after = comma >= 0 ? comma + 1 : lr[1];
  const ownLine = text.slice(after, close).includes('\n');
  if (comma >= 0 && ownLine) {
    // `{…},` lines and `]` below: a new `{…},` line, nothing else touched.
    const at = lineAfter(text, after);
    const lines = items.map((l) => `${spaces(itemCol)}${l},${ctx.eol}`).join('');
    return [{ splices: [{ from: at.at, to: at.at, insert: lines }], item: { splice: 0, offset: itemCol } }];
  }
  if (comma >= 0) return [{ splices: [{ from: after, to: after, insert: items.map((l) => ` ${l},`).join('') }], item: { splice: 0, offset: 1 } }];
  if (ownLine) {
    const at = lineAfter(text, lr[1]);
    const lines = items.map((l, i) => `${spaces(itemCol)}${l}${i < items.length - 1 ? ',' : ''}${ctx.eol}`).join('');
    return [{ splices: [{ from: lr[1], to: lr[1], insert: ',' }, { from: at.at, to: at.at, insert: lines }], item: { splice: 1, offset: itemCol } }];
  }
  return [{ splices: [{ from: lr[1], to: lr[1], insert: items.map((l) => `, ${l}`).join('') }], item: { splice: 0, offset: 2 } }];
}

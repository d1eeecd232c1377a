import { isMap, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { EventDraft } from './draft.js';
import { columnOf, lineAfter, lineStart, type Splice } from './layout.js';
import { renderEvent, type ItemStyle } from './renderItem.js';

/*
 * The ways of adding an event to a block-style file, one function per shape of `events:`.
 * Each returns candidate plans, best first; appendEvent keeps the first whose result
 * re-parses to the old data plus the event.
 */

/** One way of adding the event: the text changes and where the event's first line lands. */
export interface Plan {
  splices: Splice[];
  /** Index in `splices` of the one holding the event, and the event's offset inside it. */
  item: { splice: number; offset: number };
}

export type Range = [number, number, number];

export const rangeOf = (n: unknown): Range | undefined => (n as Node | null)?.range as Range | undefined;
export const spaces = (n: number) => ' '.repeat(Math.max(0, n));

export interface Ctx {
  text: string;
  eol: string;
  keyCol: number;
  indent: number;
  /** The events to add, in order (one for `log`, many for `import`). */
  drafts: readonly EventDraft[];
}

/** How far this file indents a block list under its key (`open_work:` etc.); 2 if it has none. */
export function listIndent(root: YAMLMap, text: string): number {
  for (const p of root.items) {
    const v = p.value as Node | null;
    const k = rangeOf(p.key);
    const r = rangeOf(v);
    if (isSeq(v) && !v.flow && k && r) return Math.max(0, columnOf(text, r[0]) - columnOf(text, k[0]));
  }
  return 2;
}

/** The events as block-list lines starting at `dashCol`, each ending with the file's line ending. */
function blockItem(ctx: Ctx, dashCol: number, gap: number, style: ItemStyle): string {
  let out = '';
  for (const draft of ctx.drafts) {
    const lines = renderEvent(draft, style);
    out += lines.map((l, i) => (i === 0 ? `${spaces(dashCol)}-${spaces(gap)}${l}` : `${spaces(dashCol + 1 + gap)}${l}`) + ctx.eol).join('');
  }
  return out;
}

/** A fresh list under `events:` (the file had none, or an empty one): one flow map per line, as in DESIGN.md. */
function freshList(ctx: Ctx, at: { at: number; needsEol: boolean }, withKey: boolean): { splice: Splice; offset: number } {
  const head = (at.needsEol ? ctx.eol : '') + (withKey ? `${spaces(ctx.keyCol)}events:${ctx.eol}` : '');
  const item = blockItem(ctx, ctx.keyCol + ctx.indent, 1, { flow: true, padded: false });
  return { splice: { from: at.at, to: at.at, insert: head + item }, offset: head.length };
}

export function newListPlans(root: YAMLMap, ctx: Ctx): Plan[] {
  // At the very end first; before a trailing `...` or comment block if that fails.
  const ends = [{ at: ctx.text.length, needsEol: ctx.text.length > 0 && !ctx.text.endsWith('\n') }, lineAfter(ctx.text, rangeOf(root)?.[1] ?? ctx.text.length)];
  return ends.map((end) => {
    const { splice, offset } = freshList(ctx, end, true);
    return { splices: [splice], item: { splice: 0, offset } };
  });
}

/** Removes a value token such as `[]` or `~`, with the spaces before it when nothing follows. */
function cutToken(text: string, r: Range): Splice {
  let from = r[0];
  const nl = text.indexOf('\n', r[1]);
  if (/^[ \t\r]*$/.test(text.slice(r[1], nl < 0 ? undefined : nl))) {
    while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  }
  return { from, to: r[1], insert: '' };
}

export function nullPlans(pair: Pair<Node, Node | null>, ctx: Ctx): Plan[] {
  const v = pair.value;
  const r = rangeOf(v);
  const k = rangeOf(pair.key)!;
  const splices: Splice[] = [];
  if (r && r[1] > r[0]) splices.push(cutToken(ctx.text, r));
  const { splice, offset } = freshList(ctx, lineAfter(ctx.text, r ? r[1] : k[1]), false);
  splices.push(splice);
  return [{ splices, item: { splice: splices.length - 1, offset } }];
}

export function emptyFlowPlans(seq: YAMLSeq, ctx: Ctx): Plan[] {
  const r = rangeOf(seq)!;
  const cut = cutToken(ctx.text, r);
  const { splice, offset } = freshList(ctx, lineAfter(ctx.text, r[1]), false);
  return [{ splices: [cut, splice], item: { splice: 1, offset } }];
}

export function styleOf(item: unknown, text: string): ItemStyle {
  const r = rangeOf(item);
  const flow = isMap(item) ? Boolean(item.flow) : true;
  return { flow, padded: flow && !!r && text[r[0]] === '{' && text[r[0] + 1] === ' ' };
}

export function blockPlans(seq: YAMLSeq, ctx: Ctx): Plan[] {
  const { text } = ctx;
  const last = seq.items[seq.items.length - 1];
  const lr = rangeOf(last);
  const sr = rangeOf(seq)!;
  const dashCol = columnOf(text, sr[0]);
  let gap = 1;
  if (lr) {
    const dash = lineStart(text, lr[0]) + dashCol;
    if (text[dash] === '-' && lr[0] > dash + 1 && /^[ \t]+$/.test(text.slice(dash + 1, lr[0]))) gap = lr[0] - dash - 1;
  }
  const item = blockItem(ctx, dashCol, gap, styleOf(last, text));
  // After the last event's own last line; a `|+` block keeps its blank lines, so also try
  // after everything the list holds.
  const anchors = [lr?.[1] ?? sr[1], sr[1]];
  return anchors.map((a) => {
    const at = lineAfter(text, a);
    const head = at.needsEol ? ctx.eol : '';
    return { splices: [{ from: at.at, to: at.at, insert: head + item }], item: { splice: 0, offset: head.length } };
  });
}


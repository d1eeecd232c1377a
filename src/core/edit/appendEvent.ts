import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Problem } from '../errors.js';
import { placeAt, type YamlSource } from '../yamlSource.js';
import type { EventDraft } from './draft.js';
import { applySplices, columnOf, eolOf, lineAfter, lineNumber, lineStart, type Splice } from './layout.js';
import type { EditCatalog } from './messages.js';
import { renderEvent, type ItemStyle } from './renderItem.js';
import { isOldPlusEvent } from './sameData.js';

export type AppendResult = { ok: true; text: string; line: number } | { ok: false; problem: Problem };

/** One way of adding the event: the text changes and where the event's first line lands. */
interface Plan {
  splices: Splice[];
  /** Index in `splices` of the one holding the event, and the event's offset inside it. */
  item: { splice: number; offset: number };
}

type Src = Pick<YamlSource, 'file' | 'text' | 'doc' | 'lc' | 'data'>;
type Range = [number, number, number];

const rangeOf = (n: unknown): Range | undefined => (n as Node | null)?.range as Range | undefined;
const spaces = (n: number) => ' '.repeat(Math.max(0, n));

/**
 * Adds one event at the end of the file's `events:` list and returns the new text. Never
 * re-serialises the document (that would re-pad flow maps, realign comments and refold
 * `>-` text, PITFALLS: yaml): it inserts lines where the parsed nodes' ranges say the list
 * ends, in the style of the last event (flow or block map, indentation, padding), and the
 * file's own line endings. Every existing line is kept byte for byte, except the one
 * holding `events: []`, `events: ~` or a one-line `[…]` list, which cannot grow otherwise.
 * The result is re-parsed and must equal the old data plus the event, or nothing is returned.
 */
export function appendEvent(src: Src, draft: EventDraft, e: EditCatalog): AppendResult {
  const { text, doc } = src;
  const fail = (message: string, offset: number, expected?: string): AppendResult => ({
    ok: false,
    problem: { code: 'schema', ...placeAt(src, offset), message, expected },
  });
  const root = doc.contents;
  if (!isMap(root)) return fail(e.append.notMapping, rangeOf(root)?.[0] ?? 0);
  if (root.flow) return fail(e.append.flowRoot, rangeOf(root)?.[0] ?? 0, e.append.flowRootExpected);
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'events') as Pair<Node, Node | null> | undefined;
  const ctx = { text, eol: eolOf(text), keyCol: columnOf(text, rangeOf(root)?.[0] ?? 0), indent: listIndent(root, text), draft };
  let plans: Plan[];
  const value = pair?.value ?? null;
  if (!pair) plans = newListPlans(root, ctx);
  else if (value === null || (isScalar(value) && value.value === null)) plans = nullPlans(pair, ctx);
  else if (isSeq(value) && !value.flow && value.items.length) plans = blockPlans(value, ctx);
  else if (isSeq(value) && value.flow) plans = value.items.length ? flowPlans(value, ctx) : emptyFlowPlans(value, ctx);
  else return fail(e.append.notList, rangeOf(value)?.[0] ?? 0, e.append.notListExpected);
  for (const plan of plans) {
    const out = applySplices(text, plan.splices);
    if (isOldPlusEvent(out, src.data, draft)) return { ok: true, text: out, line: lineNumber(out, itemOffset(plan)) };
  }
  const at = rangeOf(value)?.[0] ?? rangeOf(pair?.key)?.[0] ?? 0;
  return fail(e.append.unsafe, at, e.append.unsafeExpected);
}

interface Ctx {
  text: string;
  eol: string;
  keyCol: number;
  indent: number;
  draft: EventDraft;
}

/** Offset of the event's first character in the new text. */
function itemOffset(plan: Plan): number {
  const target = plan.splices[plan.item.splice]!;
  let shift = 0;
  for (const s of plan.splices) if (s.from < target.from) shift += s.insert.length - (s.to - s.from);
  return target.from + shift + plan.item.offset;
}

/** How far this file indents a block list under its key (`open_work:` etc.); 2 if it has none. */
function listIndent(root: YAMLMap, text: string): number {
  for (const p of root.items) {
    const v = p.value as Node | null;
    const k = rangeOf(p.key);
    const r = rangeOf(v);
    if (isSeq(v) && !v.flow && k && r) return Math.max(0, columnOf(text, r[0]) - columnOf(text, k[0]));
  }
  return 2;
}

/** The event as block-list lines starting at `dashCol`, each ending with the file's line ending. */
function blockItem(ctx: Ctx, dashCol: number, gap: number, style: ItemStyle): string {
  const lines = renderEvent(ctx.draft, style);
  return lines.map((l, i) => (i === 0 ? `${spaces(dashCol)}-${spaces(gap)}${l}` : `${spaces(dashCol + 1 + gap)}${l}`) + ctx.eol).join('');
}

/** A fresh list under `events:` (the file had none, or an empty one): one flow map per line, as in DESIGN.md. */
function freshList(ctx: Ctx, at: { at: number; needsEol: boolean }, withKey: boolean): { splice: Splice; offset: number } {
  const head = (at.needsEol ? ctx.eol : '') + (withKey ? `${spaces(ctx.keyCol)}events:${ctx.eol}` : '');
  const item = blockItem(ctx, ctx.keyCol + ctx.indent, 1, { flow: true, padded: false });
  return { splice: { from: at.at, to: at.at, insert: head + item }, offset: head.length };
}

function newListPlans(root: YAMLMap, ctx: Ctx): Plan[] {
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

function nullPlans(pair: Pair<Node, Node | null>, ctx: Ctx): Plan[] {
  const v = pair.value;
  const r = rangeOf(v);
  const k = rangeOf(pair.key)!;
  const splices: Splice[] = [];
  if (r && r[1] > r[0]) splices.push(cutToken(ctx.text, r));
  const { splice, offset } = freshList(ctx, lineAfter(ctx.text, r ? r[1] : k[1]), false);
  splices.push(splice);
  return [{ splices, item: { splice: splices.length - 1, offset } }];
}

function emptyFlowPlans(seq: YAMLSeq, ctx: Ctx): Plan[] {
  const r = rangeOf(seq)!;
  const cut = cutToken(ctx.text, r);
  const { splice, offset } = freshList(ctx, lineAfter(ctx.text, r[1]), false);
  return [{ splices: [cut, splice], item: { splice: 1, offset } }];
}

function styleOf(item: unknown, text: string): ItemStyle {
  const r = rangeOf(item);
  const flow = isMap(item) ? Boolean(item.flow) : true;
  return { flow, padded: flow && !!r && text[r[0]] === '{' && text[r[0] + 1] === ' ' };
}

function blockPlans(seq: YAMLSeq, ctx: Ctx): Plan[] {
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

function flowPlans(seq: YAMLSeq, ctx: Ctx): Plan[] {
  const { text } = ctx;
  const last = seq.items[seq.items.length - 1];
  const lr = rangeOf(last)!;
  const sr = rangeOf(seq)!;
  const close = text.lastIndexOf(']', sr[1]);
  const [line] = renderEvent(ctx.draft, { ...styleOf(last, text), flow: true });
  const itemCol = columnOf(text, lr[0]);
  let i = lr[1];
  while (text[i] === ' ' || text[i] === '\t') i++;
  const comma = text[i] === ',' ? i : -1;
  const after = comma >= 0 ? comma + 1 : lr[1];
  const ownLine = text.slice(after, close).includes('\n');
  if (comma >= 0 && ownLine) {
    // `{…},` lines and `]` below: a new `{…},` line, nothing else touched.
    const at = lineAfter(text, after);
    return [{ splices: [{ from: at.at, to: at.at, insert: `${spaces(itemCol)}${line},${ctx.eol}` }], item: { splice: 0, offset: itemCol } }];
  }
  if (comma >= 0) return [{ splices: [{ from: after, to: after, insert: ` ${line},` }], item: { splice: 0, offset: 1 } }];
  if (ownLine) {
    const at = lineAfter(text, lr[1]);
    return [
      { splices: [{ from: lr[1], to: lr[1], insert: ',' }, { from: at.at, to: at.at, insert: `${spaces(itemCol)}${line}${ctx.eol}` }], item: { splice: 1, offset: itemCol } },
    ];
  }
  return [{ splices: [{ from: lr[1], to: lr[1], insert: `, ${line}` }], item: { splice: 0, offset: 2 } }];
}

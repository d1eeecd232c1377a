import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Msg, Problem } from '../errors.js';
import { M } from '../i18n/msg.js';
import { placeAt, type YamlSource } from '../yamlSource.js';
import type { EventDraft } from './draft.js';
import { applySplices, columnOf, eolOf, lineNumber } from './layout.js';
import { blockPlans, emptyFlowPlans, listIndent, newListPlans, nullPlans, rangeOf, type Plan } from './plans.js';
import { flowPlans } from './flowPlans.js';
import { isOldPlusEvents } from './sameData.js';

export type AppendResult = { ok: true; text: string; line: number } | { ok: false; problem: Problem };

type Src = Pick<YamlSource, 'file' | 'text' | 'doc' | 'lc' | 'data'>;

/**
 * Adds one event at the end of the file's `events:` list and returns the new text. Never
 * re-serialises the document (that would re-pad flow maps, realign comments and refold
 * `>-` text, PITFALLS: yaml): it inserts lines where the parsed nodes' ranges say the list
 * ends, in the style of the last event (flow or block map, indentation, padding), and the
 * file's own line endings. Every existing line is kept byte for byte, except the one
 * holding `events: []`, `events: ~` or a one-line `[…]` list, which cannot grow otherwise.
 * The result is re-parsed and must equal the old data plus the event, or nothing is returned.
 */
export function appendEvent(src: Src, draft: EventDraft): AppendResult {
  return appendEvents(src, [draft]);
}

/**
 * appendEvent for several events at once, in order (`import`): one edit and one re-parse
 * for the lot, so a thousand imported days cost one proof, not a thousand. `line` is the
 * line of the first one.
 */
export function appendEvents(src: Src, drafts: readonly EventDraft[]): AppendResult {
  const { text, doc } = src;
  const fail = (message: Msg, offset: number, expected?: Msg): AppendResult => ({
    ok: false,
    problem: { code: 'schema', ...placeAt(src, offset), message, expected },
  });
  const root = doc.contents;
  if (!isMap(root)) return fail(M.edit.append.notMapping, rangeOf(root)?.[0] ?? 0);
  if (root.flow) return fail(M.edit.append.flowRoot, rangeOf(root)?.[0] ?? 0, M.edit.append.flowRootExpected);
  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'events') as Pair<Node, Node | null> | undefined;
  const ctx = { text, eol: eolOf(text), keyCol: columnOf(text, rangeOf(root)?.[0] ?? 0), indent: listIndent(root, text), drafts };
  let plans: Plan[];
  const value = pair?.value ?? null;
  if (!pair) plans = newListPlans(root, ctx);
  else if (value === null || (isScalar(value) && value.value === null)) plans = nullPlans(pair, ctx);
  else if (isSeq(value) && !value.flow && value.items.length) plans = blockPlans(value, ctx);
  else if (isSeq(value) && value.flow) plans = value.items.length ? flowPlans(value, ctx) : emptyFlowPlans(value, ctx);
  else return fail(M.edit.append.notList, rangeOf(value)?.[0] ?? 0, M.edit.append.notListExpected);
  for (const plan of plans) {
    const out = applySplices(text, plan.splices);
    if (isOldPlusEvents(out, src.data, drafts)) return { ok: true, text: out, line: lineNumber(out, itemOffset(plan)) };
  }
  const at = rangeOf(value)?.[0] ?? rangeOf(pair?.key)?.[0] ?? 0;
  return fail(M.edit.append.unsafe, at, M.edit.append.unsafeExpected);
}

/** Offset of the event's first character in the new text. */
function itemOffset(plan: Plan): number {
  const target = plan.splices[plan.item.splice]!;
  let shift = 0;
  for (const s of plan.splices) if (s.from < target.from) shift += s.insert.length - (s.to - s.from);
  return target.from + shift + plan.item.offset;
}


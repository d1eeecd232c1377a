import { parse } from 'yaml';
import { parseYaml } from '../../../src/core/yamlSource.js';
import { appendEvent, type AppendResult } from '../../../src/core/edit/appendEvent.js';
import { draftData, type EventDraft } from '../../../src/core/edit/draft.js';
import { wordEn } from '../build.js';

/**
 * The lines `after` adds to `before`, if `after` is exactly `before` with one block of
 * lines inserted (every old line byte for byte, `\r` included, in order); else null.
 * A last line without a newline may gain one: the split leaves it as the same string.
 */
export function insertedLines(before: string, after: string): string[] | null {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a[a.length - 1] === '') a.pop();
  if (b[b.length - 1] === '') b.pop();
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  if (p + s !== a.length) return null;
  // A last line that ended with a newline must still end with one.
  if (before.endsWith('\n') && !after.endsWith('\n')) return null;
  return b.slice(p, b.length - s);
}

/** Appends `draft` to `text` and fails loudly if the core refuses. */
export function append(text: string, draft: EventDraft): Extract<AppendResult, { ok: true }> {
  const parsed = parseYaml(text, 'f.yaml');
  if (!parsed.ok) throw new Error(`fixture does not parse: ${parsed.problems.map((p) => wordEn(p.message)).join('; ')}`);
  const r = appendEvent(parsed.src, draft);
  if (!r.ok) throw new Error(`append refused: ${wordEn(r.problem.message)}`);
  return r;
}

export function tryAppend(text: string, draft: EventDraft): AppendResult {
  const parsed = parseYaml(text, 'f.yaml');
  if (!parsed.ok) throw new Error('fixture does not parse');
  return appendEvent(parsed.src, draft);
}

/** `events` of the parsed text, [] when absent or null. */
export function eventsIn(text: string): unknown[] {
  const data = parse(text.replace(/^\uFEFF/, '')) as { events?: unknown[] | null };
  return data.events ?? [];
}

export { draftData };

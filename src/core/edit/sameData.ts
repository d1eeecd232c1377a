import { parseDocument } from 'yaml';
import { fastSource } from '../fastSource.js';
import type { EventDraft } from './draft.js';
import { draftData } from './draft.js';

/** Structural equality of parsed YAML data (plain objects, arrays, scalars). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** What an edited text parses to, or undefined when it does not parse cleanly (errors, alias bombs). */
export function editedData(newText: string): unknown {
  const doc = parseDocument(newText, { uniqueKeys: true, logLevel: 'silent', prettyErrors: false });
  if (doc.errors.length) return undefined;
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

/**
 * The proof that an edit did only what it should: the new text parses, without errors, to
 * exactly the old data with the event appended to `events` (a folded scalar refolded, a
 * `|+` block losing a blank line or an alias sharing the list would all show up here).
 */
export function isOldPlusEvent(newText: string, oldData: unknown, draft: EventDraft): boolean {
  return isOldPlusEvents(newText, oldData, [draft]);
}

/** isOldPlusEvent for several events appended in order. */
export function isOldPlusEvents(newText: string, oldData: unknown, drafts: readonly EventDraft[]): boolean {
  if (oldData === null || typeof oldData !== 'object' || Array.isArray(oldData)) return false;
  // The fast reader when it is sure (one-line events: what `import` writes by the thousand),
  // which gives the same data as the full parse or declines (tests/unit/fastSource.test.ts).
  const fast = drafts.length > 1 ? fastSource(newText, '', 'log') : null;
  const data = fast?.ok && !fast.src.warnings.length ? fast.src.data : editedData(newText);
  if (data === undefined) return false;
  const old = oldData as Record<string, unknown>;
  const before = Array.isArray(old.events) ? old.events : [];
  return deepEqual(data, { ...old, events: [...before, ...drafts.map(draftData)] });
}

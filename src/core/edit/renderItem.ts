import { Document, Pair, Scalar, YAMLMap } from 'yaml';
import type { EventDraft } from './draft.js';

/** How the neighbouring events are written, so the new one looks like them. */
export interface ItemStyle {
  /** `{date: …, type: …}` on one line, or one `key: value` per line. */
  flow: boolean;
  /** `{ a: 1 }` rather than `{a: 1}`. */
  padded: boolean;
}

/**
 * The event as YAML text, without indentation: one line for a flow map, one line per field
 * for a block map. Quoting is the yaml library's, which knows what a flow context needs
 * (`note: "a, b"` inside braces, `note: Invoice #42` never); text with line breaks or a
 * colon is double-quoted.
 */
export function renderEvent(draft: EventDraft, style: ItemStyle): string[] {
  const map = new YAMLMap();
  map.flow = style.flow;
  for (const [key, value] of draft) {
    const v = new Scalar(value);
    // Line breaks: double-quoted so every field stays on one line. A colon (an imported
    // `source: "toggl:2026-01-02/billable"`): quoted too, as DESIGN writes it, which also
    // keeps the file on the fast reader's path (core/fastEvents.ts).
    if (typeof value === 'string' && /[\r\n\u2028\u2029\u0085:]/.test(value)) v.type = Scalar.QUOTE_DOUBLE;
    map.items.push(new Pair(new Scalar(key), v));
  }
  const doc = new Document();
  doc.contents = map;
  // As JSON: otherwise a double-quoted string still breaks its line at each \n.
  const text = doc.toString({ lineWidth: 0, minContentWidth: 0, blockQuote: false, doubleQuotedAsJSON: true, flowCollectionPadding: style.padded });
  return text.replace(/\n$/, '').split('\n');
}

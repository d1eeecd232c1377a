import { isMap, LineCounter, parseDocument } from 'yaml';
import { parseYaml, type YamlSource } from './yamlSource.js';
import { simpleEvents } from './fastEvents.js';
import { MAYBE_MARKER, secondDocumentLine } from './yamlDocuments.js';

type Parsed = ReturnType<typeof parseYaml>;


const COMMENTS_ONLY = /^(?:\uFEFF)?(?:[ \r]*(?:#[^\n]*)?\n)*[ \r]*(?:#[^\n]*)?$/;

/**
 * Parses a client profile or an event log. When its events are simple one-line mappings
 * (see fastEvents.ts), only the header above `events:` goes through the `yaml` package —
 * about six times faster on a typical file — and the source records each event's line in
 * `partial`. Everything else, and every file the fast reader is unsure of, takes the full
 * parse, so the data is the same either way (tests/unit/fastSource.test.ts). A partial
 * source whose data then fails validation is parsed in full again by `validate()`, so
 * problems are always located by the full parser.
 */
export function parseEventsFile(text: string, file: string, kind: 'client' | 'log'): Parsed {
  return fastSource(text, file, kind) ?? parseYaml(text, file, kind);
}

/** The fast reading, or null whenever the result might differ from a full parse. */
export function fastSource(text: string, file: string, kind: 'client' | 'log'): Parsed | null {
  // A second document is the full parser's to report (with its line).
  if (MAYBE_MARKER.test(text) && secondDocumentLine(text) !== null) return null;
  let split: ReturnType<typeof simpleEvents>;
  try {
    split = simpleEvents(text);
  } catch {
    // A RangeError from a regexp on some pathological line: the full parser decides.
    return null;
  }
  if (!split) return null;
  let header: YamlSource;
  if (COMMENTS_ONLY.test(split.header)) {
    // A log's usual header: comments only. An empty document stands in for it.
    const lc = new LineCounter();
    header = { file, text: split.header, doc: parseDocument(split.header, { lineCounter: lc }), lc, data: {}, warnings: [] };
  } else {
    const parsed = parseYaml(split.header, file, kind);
    if (!parsed.ok) return null;
    header = parsed.src;
    const top = header.doc.contents;
    // Only a block mapping can take `events:` as one more key, and only once.
    if (!isMap(top) || top.flow || header.data === null || typeof header.data !== 'object' || Array.isArray(header.data)) return null;
    if (Object.hasOwn(header.data, 'events')) return null;
  }
  const data = { ...(header.data as Record<string, unknown>), events: split.events };
  const full = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return { ok: true, src: { ...header, text: full, data, partial: { kind, lines: split.lines } } };
}

import { isMap, LineCounter, parseDocument } from 'yaml';
import type { Catalog } from '../i18n/index.js';
import { parseYaml, type YamlSource } from '../yamlSource.js';
import { simpleEvents } from './fastEvents.js';

export interface FastSource {
  /** What parseYaml gives for the whole file, except that the document holds only the header. */
  src: YamlSource;
  /** 1-based line of each event, in order: eventsOf() cannot find them in the header's document. */
  lines: number[];
}

const COMMENTS_ONLY = /^(?:\uFEFF)?(?:[ \r]*(?:#[^\n]*)?\n)*[ \r]*(?:#[^\n]*)?$/;

/**
 * Reads a file whose events are simple one-line mappings without handing those lines to
 * the `yaml` package (see fastEvents.ts): the header is parsed by `yaml` as usual, the
 * events are read directly. Null whenever the result might differ from a full parse —
 * the caller then parses in full, which also words any problem exactly.
 */
export function fastSource(text: string, file: string, t: Catalog, kind: 'client' | 'log'): FastSource | null {
  const split = simpleEvents(text);
  if (!split) return null;
  let header: YamlSource;
  if (COMMENTS_ONLY.test(split.header)) {
    // A log's usual header: comments only. An empty document stands in for it.
    const lc = new LineCounter();
    header = { file, text: split.header, doc: parseDocument(split.header, { lineCounter: lc }), lc, data: {}, warnings: [] };
  } else {
    const parsed = parseYaml(split.header, file, t, kind);
    if (!parsed.ok) return null;
    header = parsed.src;
    const top = header.doc.contents;
    // Only a block mapping can take `events:` as one more key, and only once.
    if (!isMap(top) || top.flow || header.data === null || typeof header.data !== 'object' || Array.isArray(header.data)) return null;
    if (Object.hasOwn(header.data, 'events')) return null;
  }
  const data = { ...(header.data as Record<string, unknown>), events: split.events };
  return { src: { ...header, text, data }, lines: split.lines };
}

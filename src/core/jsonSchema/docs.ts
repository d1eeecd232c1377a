import type { Lang } from '../i18n/index.js';
import { schemaDocsEn, type SchemaDocs } from '../i18n/schemaDocs.en.js';
import { schemaDocsEs } from '../i18n/schemaDocs.es.js';

/** A JSON Schema node, as generated: plain JSON. */
export type Node = Record<string, unknown>;

/** The hover text of every field, per language (selected here, like the exit draft's catalogues). */
export const SCHEMA_DOCS: Record<Lang, SchemaDocs> = { en: schemaDocsEn, es: schemaDocsEs };

/** The catalogue is Markdown; `description` is the same text without its code marks. */
export const plain = (markdown: string) => markdown.replace(/`([^`]*)`/g, '$1');

/**
 * `description` and `markdownDescription` first (the order a reader of the committed file
 * expects), then what the node already had.
 */
export function described(node: Node, markdown: string): Node {
  const { description: _d, markdownDescription: _m, ...rest } = node;
  return { description: plain(markdown), markdownDescription: markdown, ...rest };
}

const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The catalogue group whose values are exactly these (`tier`, `metric`, `event_type`…). */
function valuesFor(docs: SchemaDocs, values: unknown[]): Record<string, string> | undefined {
  const want = [...values].map(String).sort().join('\u0000');
  return Object.values(docs.values).find((group: Record<string, string>) => Object.keys(group).sort().join('\u0000') === want);
}

/**
 * Walks a schema and gives each property the text the catalogue has at its path (`contract.rate`,
 * `criteria[].weight`; `[]` for a list's items, the same path through anyOf), each list's
 * items the text at `path[]`, and each enum its `enumDescriptions`. The `en` and `es` of a
 * wording in both languages take `docs.wording`. A path with no text is left bare: the
 * schema test lists them. Rules (if/then) are added after this walk and carry no text.
 */
export function documentNode(node: Node, path: string, table: Record<string, string>, docs: SchemaDocs): Node {
  let out: Node = { ...node };
  if (Array.isArray(out.enum)) {
    const group = valuesFor(docs, out.enum);
    if (group) {
      const texts = out.enum.map((v) => group[String(v)] ?? '');
      out.enumDescriptions = texts.map(plain);
      out.markdownEnumDescriptions = texts;
    }
  }
  if (isNode(out.properties)) {
    const props: Node = {};
    for (const [key, child] of Object.entries(out.properties)) {
      if (!isNode(child)) continue;
      const at = path ? `${path}.${key}` : key;
      const text = table[at] ?? (key === 'en' || key === 'es' ? docs.wording[key] : undefined);
      const inner = documentNode(child, at, table, docs);
      props[key] = text === undefined ? inner : described(inner, text);
    }
    out.properties = props;
  }
  if (isNode(out.items)) {
    const at = `${path}[]`;
    const item = documentNode(out.items, at, table, docs);
    out.items = table[at] !== undefined ? described(item, table[at]) : item;
  }
  for (const key of ['anyOf', 'allOf', 'oneOf'] as const) {
    const list = out[key];
    if (Array.isArray(list)) out = { ...out, [key]: list.map((n) => (isNode(n) ? documentNode(n, path, table, docs) : n)) };
  }
  return out;
}

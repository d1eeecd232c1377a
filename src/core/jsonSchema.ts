import * as z from 'zod';
import type { Lang } from './i18n/index.js';
import type { SchemaDocs } from './i18n/schemaDocs.en.js';
import { described, documentNode, SCHEMA_DOCS, type Node } from './jsonSchema/docs.js';
import { eventList } from './jsonSchema/events.js';
import { fromZod } from './jsonSchema/fromZod.js';
import { criterionRules, mapColumnRules, rubricRules } from './jsonSchema/rules.js';
import { clientSnippets, criterionSnippets } from './jsonSchema/snippets.js';
import type { LintKind } from './lint/types.js';
import { METRIC_NAMES } from './metrics/index.js';
import { clientSchema } from './schema/client.js';
import { BUILTIN_EVENT_TYPES, logSchema } from './schema/event.js';
import { importMapSchema } from './schema/importMap.js';
import { criterionSchema, rubricSchema } from './schema/rubric.js';
import { settingsSchema } from './schema/settings.js';

/**
 * JSON Schemas for editors (the YAML language server), generated from the same zod schemas
 * `score` and `lint` use, then finished for an editor: every property's `description` and
 * `markdownDescription` from the catalogue of the language asked for (i18n/schemaDocs.*.ts,
 * keyed by JSON path), `enumDescriptions`, `defaultSnippets`, and the rules lint checks
 * across fields that draft-07 can say (jsonSchema/rules.ts, per event type in
 * jsonSchema/events.ts). The committed schemas/*.json are the English ones.
 */

/** `window` and `half_life` as `parseWindow` reads them (it trims). */
const WindowStr = z.string().regex(/^\s*[1-9]\d{0,3}[dwmy]\s*$/);

/** A built-in metric name, or `{count: [types]}`; built-in types complete, your own are allowed. */
const MetricRef = z.union([
  z.enum(METRIC_NAMES as [string, ...string[]]),
  z.object({ count: z.array(z.union([z.enum(BUILTIN_EVENT_TYPES), z.string().min(1)])).min(1) }),
]);

/** What the editor's schema says more precisely than the runtime one (lint says it there). */
const SCHEMAS: Record<LintKind, z.ZodType> = {
  client: clientSchema(),
  log: logSchema(),
  rubric: rubricSchema().extend({
    window: WindowStr.optional(),
    criteria: z.array(criterionSchema().extend({ metric: MetricRef.optional(), window: WindowStr.optional(), half_life: WindowStr.optional() })).optional(),
  }),
  settings: settingsSchema(),
  map: importMapSchema(),
};

type Finish = (json: Node, docs: SchemaDocs) => Node;

const props = (json: Node) => json.properties as Record<string, Node>;

/** What each kind gets after its fields are documented: events, rules, snippets. */
const FINISH: Record<LintKind, Finish> = {
  client: (json, docs) => {
    props(json).events = eventList(docs, docs.client.events);
    return { ...json, defaultSnippets: clientSnippets(docs) };
  },
  log: (json, docs) => {
    props(json).events = eventList(docs, docs.log.events);
    return json;
  },
  rubric: (json, docs) => {
    const criteria = props(json).criteria!;
    criteria.items = { ...(criteria.items as Node), allOf: criterionRules, defaultSnippets: criterionSnippets(docs) };
    return { ...json, allOf: rubricRules };
  },
  settings: (json) => json,
  map: (json) => {
    props(json).columns = { ...props(json).columns, ...mapColumnRules };
    return json;
  },
};

/**
 * The JSON Schema (draft-07, which every YAML language server reads) for a kind of file,
 * its texts in `lang`.
 */
export function jsonSchemaFor(kind: LintKind, lang: Lang = 'en'): Record<string, unknown> {
  const docs = SCHEMA_DOCS[lang];
  const json = FINISH[kind](documentNode(fromZod(SCHEMAS[kind]), '', docs[kind] as Record<string, string>, docs), docs);
  return { $schema: 'http://json-schema.org/draft-07/schema#', title: docs.files[kind].title, ...described(json, docs.files[kind].text) };
}

/** The text of `clientfit schema KIND` (and, in English, of the shipped schemas/KIND.schema.json). */
export const jsonSchemaText = (kind: LintKind, lang: Lang = 'en') => `${JSON.stringify(jsonSchemaFor(kind, lang), null, 2)}\n`;

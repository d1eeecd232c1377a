import * as z from 'zod';
import { METRIC_NAMES } from './metrics/index.js';
import { clientSchema } from './schema/client.js';
import { DateStr, Text } from './schema/common.js';
import { BUILTIN_EVENT_TYPES, eventFields, logSchema, type BuiltinEventType } from './schema/event.js';
import { criterionSchema, rubricSchema } from './schema/rubric.js';
import { settingsSchema } from './schema/settings.js';
import { importMapSchema } from './schema/importMap.js';
import type { LintKind } from './lint/types.js';

/**
 * JSON Schemas for editors (the YAML language server), generated from the same zod schemas
 * `score` and `lint` use. The export is richer than the runtime schemas where an editor
 * gains from it: events become a union with one branch per built-in type (completion of
 * `type:` and its fields), metric names an enum. Descriptions are in English: a schema is a
 * shared artifact, committed under schemas/, and must not change with the user's language.
 */

/** The "signal" column of DESIGN.md's event table, shown on hover. */
const SIGNAL: Record<BuiltinEventType, string> = {
  invoice: 'An invoice: pays late or never (ref, amount, due, paid?)',
  fee_dispute: 'Does not value your work / will not pay what it is worth (amount?)',
  scope_change: 'Pays for X, wants X+Y+Z (billed: true when it was charged)',
  client_delay: 'Does not do their part; your work is blocked (days)',
  message: 'A message to the client (answered: the date they replied)',
  complaint: 'Constant negative criticism, complains to anyone',
  expertise_dismissed: 'Does not trust your expertise',
  urgent_request: 'Unrealistic expectations ("for yesterday")',
  terms_violation: 'Violates your terms and conditions',
  blame: 'Does not take their share of responsibility',
  abuse: 'Abusive, threatens you or your staff (a dealbreaker in the default rubric)',
  growth_declined: 'Not interested in mutual growth',
  work: 'Time spent (hours, billable); with invoices gives the effective rate',
  team_feedback: 'How your collaborators feel about the account (mood 1-5)',
  praise: 'A positive signal',
};

const note = Text.optional();

/** One branch per built-in type, plus one for custom types (any name but the built-in ones). */
const EventUnion = z.union([
  ...BUILTIN_EVENT_TYPES.map((type) =>
    z.looseObject({ date: DateStr, type: z.literal(type), note, ...eventFields()[type] }).meta({ title: type, description: SIGNAL[type] }),
  ),
  z
    .looseObject({ date: DateStr, type: z.string().min(1).meta({ not: { enum: [...BUILTIN_EVENT_TYPES] } }), note })
    .meta({ title: 'custom event', description: 'An event of your own type; count it in a rubric with {count: [type]}' }),
]);
const Events = z.array(EventUnion).nullable().optional().meta({ description: 'Dated events, oldest first or in any order' });

const WindowStr = z
  .string()
  .regex(/^[1-9]\d{0,3}[dwmy]$/)
  .meta({ description: 'Look-back window: a number and d, w, m or y (90d, 8w, 12m, 2y)', examples: ['12m'] });

const MetricRef = z.union([
  z.enum(METRIC_NAMES as [string, ...string[]]).meta({ description: 'A built-in metric' }),
  z
    .object({ count: z.array(z.union([z.enum(BUILTIN_EVENT_TYPES), z.string().min(1)])).min(1) })
    .meta({ description: 'Count of events of any of these types, built-in or your own' }),
]);

const shape = criterionSchema().shape;
const Criterion = criterionSchema().extend({
  metric: MetricRef.optional(),
  warn: shape.warn.meta({ description: 'Metric value where the flag starts (severity 0.5)' }),
  flag: shape.flag.meta({ description: 'Metric value where the flag is fully raised; below warn means lower is worse' }),
  weight: shape.weight.meta({ description: 'Points taken off the fit when fully raised; above 0' }),
  window: WindowStr.optional(),
  dealbreaker: shape.dealbreaker.meta({ description: 'Fully raised => verdict exit, whatever the fit' }),
  enabled: shape.enabled.meta({ description: 'false removes a criterion inherited through extends' }),
});

const SCHEMAS: Record<LintKind, z.ZodType> = {
  client: clientSchema().extend({
    logs: clientSchema().shape.logs.meta({ description: 'Event-log files, relative to this file' }),
    events: Events,
  }).meta({ title: 'clientfit client profile', description: 'One client: who they are, the contract, and optionally events' }),
  log: logSchema().extend({ events: Events }).meta({ title: 'clientfit event log', description: 'Events of a client, listed under logs: in its profile' }),
  rubric: rubricSchema().extend({
    extends: rubricSchema().shape.extends.meta({ description: 'A rubric path relative to this file, or builtin:default' }),
    window: WindowStr.optional(),
    criteria: z.array(Criterion).optional(),
  }).meta({ title: 'clientfit rubric', description: 'Red-flag criteria, their thresholds and weights' }),
  settings: settingsSchema().meta({ title: 'clientfit settings', description: '.clientfit.yaml: what belongs to you, not to one client' }),
  map: importMapSchema(),
};

/** zod writes int bounds as ±2^53-1; they say nothing to a reader. */
function dropSafeIntBounds(node: unknown): void {
  if (Array.isArray(node)) node.forEach(dropSafeIntBounds);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.maximum === Number.MAX_SAFE_INTEGER) delete o.maximum;
    if (o.minimum === Number.MIN_SAFE_INTEGER) delete o.minimum;
    Object.values(o).forEach(dropSafeIntBounds);
  }
}

/**
 * The JSON Schema (draft-07, which every YAML language server reads) for a kind of file,
 * describing what users write (zod's input side: `id: 7` is fine before it becomes "7").
 */
export function jsonSchemaFor(kind: LintKind): Record<string, unknown> {
  const schema = z.toJSONSchema(SCHEMAS[kind], { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  dropSafeIntBounds(schema);
  return schema;
}

/** The text written to schemas/<kind>.schema.json and printed by `clientfit schema <kind>`. */
export const jsonSchemaText = (kind: LintKind) => `${JSON.stringify(jsonSchemaFor(kind), null, 2)}\n`;

import * as z from 'zod';
import { BUILTIN_EVENT_TYPES, eventFields, type BuiltinEventType } from '../schema/event.js';
import { DateStr } from '../schema/common.js';

/** How a field's value is typed on the command line and at a prompt. */
export type FieldKind = 'number' | 'integer' | 'boolean' | 'date' | 'dateOrTrue' | 'text' | 'textOrNumber';

/** One field of a built-in event type, read off the zod schema so the two never disagree. */
export interface FieldSpec {
  name: string;
  kind: FieldKind;
  required: boolean;
  min?: number;
  max?: number;
}

const BUILTIN = new Set<string>(BUILTIN_EVENT_TYPES);

/** True for the event types of DESIGN.md's table. */
export function isBuiltinType(type: string): type is BuiltinEventType {
  return BUILTIN.has(type);
}

function kindOf(schema: z.ZodType): Pick<FieldSpec, 'kind' | 'min' | 'max'> {
  if (schema === DateStr) return { kind: 'date' };
  if (schema instanceof z.ZodNumber) {
    const min = Number.isFinite(schema.minValue) ? (schema.minValue as number) : undefined;
    const max = Number.isFinite(schema.maxValue) ? (schema.maxValue as number) : undefined;
    return { kind: schema.isInt ? 'integer' : 'number', min, max };
  }
  if (schema instanceof z.ZodBoolean) return { kind: 'boolean' };
  // `paid`: a date, or true when it is paid but nobody knows when.
  if (schema instanceof z.ZodUnion && schema.options.includes(DateStr)) return { kind: 'dateOrTrue' };
  if (schema instanceof z.ZodUnion) return { kind: 'textOrNumber' };
  return { kind: 'text' };
}

const cache = new Map<string, FieldSpec[]>();

/**
 * Fields a person never types: `payments` is kept by `clientfit paid`, `source` by `clientfit
 * import`. `log` and its interview leave them out.
 */
const RECORDED_BY_COMMANDS = new Set(['payments', 'source']);

/** The fields a built-in type carries, in the schema's order; none for your own types. */
export function fieldsOf(type: string): FieldSpec[] {
  if (!isBuiltinType(type)) return [];
  let specs = cache.get(type);
  if (!specs) {
    specs = Object.entries(eventFields()[type] as Record<string, z.ZodType>).filter(([name]) => !RECORDED_BY_COMMANDS.has(name)).map(([name, schema]) => {
      const required = !(schema instanceof z.ZodOptional);
      const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
      return { name, required, ...kindOf(inner) };
    });
    cache.set(type, specs);
  }
  return specs;
}

export { BUILTIN_EVENT_TYPES };

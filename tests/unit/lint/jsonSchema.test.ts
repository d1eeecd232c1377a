import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFor, jsonSchemaText } from '../../../src/core/jsonSchema.js';
import { METRIC_NAMES } from '../../../src/core/metrics/index.js';
import { BUILTIN_EVENT_TYPES, eventFields } from '../../../src/core/schema/event.js';
import { LINT_KINDS } from '../../../src/core/lint/types.js';

type Json = Record<string, any>;
const eventBranches = (s: Json): Json[] => s.properties.events.anyOf[0].items.anyOf;

describe('JSON Schema export', () => {
  it('is draft-07 for every kind, with a title', () => {
    for (const k of LINT_KINDS) {
      const s = jsonSchemaFor(k);
      expect(s.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(s.title).toMatch(/^clientfit /);
    }
  });
  it('gives events one branch per built-in type with its own fields, plus one for custom types', () => {
    for (const k of ['client', 'log'] as const) {
      const branches = eventBranches(jsonSchemaFor(k));
      expect(branches).toHaveLength(BUILTIN_EVENT_TYPES.length + 1);
      const invoice = branches.find((b) => b.properties.type.const === 'invoice')!;
      expect(Object.keys(invoice.properties)).toEqual(['date', 'type', 'note', ...Object.keys(eventFields().invoice)]);
      expect(invoice.required).toEqual(['date', 'type', 'amount', 'due']);
      const custom = branches.at(-1)!;
      expect(custom.properties.type.not.enum).toEqual(BUILTIN_EVENT_TYPES);
      expect(custom.required).toEqual(['date', 'type']);
    }
  });
  it('offers every built-in metric by name, and validates windows by pattern', () => {
    const s = jsonSchemaFor('rubric') as Json;
    const criterion = s.properties.criteria.items;
    expect(criterion.properties.metric.anyOf[0].enum).toEqual(METRIC_NAMES);
    expect(criterion.properties.window.pattern).toBe('^[1-9]\\d{0,3}[dwmy]$');
    expect(s.properties.window.pattern).toBe(criterion.properties.window.pattern);
  });
  it('leaves out the ±2^53 bounds zod puts on integers', () => {
    for (const k of LINT_KINDS) expect(jsonSchemaText(k)).not.toContain('9007199254740991');
  });
  it('the committed schemas/ files are current (regenerate with: npx tsx scripts/genSchemas.ts)', () => {
    for (const k of LINT_KINDS) {
      expect(readFileSync(join(import.meta.dirname, '..', '..', '..', 'schemas', `${k}.schema.json`), 'utf8'), k).toBe(jsonSchemaText(k));
    }
  });
});

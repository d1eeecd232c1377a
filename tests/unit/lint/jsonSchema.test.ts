/**
 * The editor's schemas (`clientfit schema KIND`): every property an editor can offer has a
 * description and a Markdown description, every enum says what each value means, in both
 * languages; the languages differ in their texts only; snippets exist for a profile, each
 * built-in event type and a criterion. Whether the schemas accept what lint accepts is
 * tests/e2e/schemaLint.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/core/i18n/index.js';
import { schemaDocsEn } from '../../../src/core/i18n/schemaDocs.en.js';
import { jsonSchemaFor, jsonSchemaText } from '../../../src/core/jsonSchema.js';
import { LINT_KINDS } from '../../../src/core/lint/types.js';
import { METRIC_NAMES } from '../../../src/core/metrics/index.js';
import { BUILTIN_EVENT_TYPES, eventFields } from '../../../src/core/schema/event.js';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v);
const text = (v: unknown) => typeof v === 'string' && v.trim().length > 0;

/**
 * Paths of the properties with no description or markdownDescription, and of enums without
 * a text per value. A property a rule only narrows (`then: {properties: {weight: …}}` beside
 * a documented `weight`) is not a new one; `if` and `not` only test, they offer nothing.
 */
function gaps(node: unknown, path: string, declared: ReadonlySet<string>, out: string[]): string[] {
  if (!isNode(node)) return out;
  if (Array.isArray(node.enum)) {
    const n = node.enum.length;
    for (const key of ['enumDescriptions', 'markdownEnumDescriptions']) {
      const d = node[key];
      if (!Array.isArray(d) || d.length !== n || !d.every(text)) out.push(`${path} (${key})`);
    }
  }
  const props = isNode(node.properties) ? node.properties : {};
  for (const [key, child] of Object.entries(props)) {
    const at = `${path}.${key}`;
    if (!declared.has(key) && isNode(child) && !(text(child.description) && text(child.markdownDescription))) out.push(at);
    gaps(child, at, new Set(), out);
  }
  const here = new Set([...declared, ...Object.keys(props)]);
  if (isNode(node.items)) gaps(node.items, `${path}[]`, new Set(), out);
  for (const key of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(node[key])) for (const n of node[key]) gaps(n, path, here, out);
  for (const key of ['then', 'else']) gaps(node[key], path, here, out);
  return out;
}

/** The schema without its words: what is left must not depend on the language. */
function shape(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(shape);
  if (!isNode(node)) return node;
  const words = ['title', 'description', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'defaultSnippets'];
  return Object.fromEntries(Object.entries(node).filter(([k]) => !words.includes(k)).map(([k, v]) => [k, shape(v)]));
}

const eventItemOf = (schema: Node) => ((((schema.properties as Node).events as Node).anyOf as Node[])[0]!.items as Node);

describe('JSON Schema export', () => {
  it('is draft-07 for every kind, with a title', () => {
    for (const k of LINT_KINDS) {
      const s = jsonSchemaFor(k);
      expect(s.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(s.title).toMatch(/^clientfit /);
    }
  });
  it('offers every built-in metric by name, and reads windows and half-lives as parseWindow does', () => {
    const s = jsonSchemaFor('rubric') as Record<string, any>;
    const criterion = s.properties.criteria.items;
    expect(criterion.properties.metric.anyOf[0].enum).toEqual(METRIC_NAMES);
    expect(criterion.properties.window.pattern).toBe('^\\s*[1-9]\\d{0,3}[dwmy]\\s*$');
    expect(s.properties.window.pattern).toBe(criterion.properties.window.pattern);
    expect(criterion.properties.half_life.pattern).toBe(criterion.properties.window.pattern);
  });
  it('leaves out the ±2^53 bounds zod puts on integers', () => {
    for (const k of LINT_KINDS) expect(jsonSchemaText(k)).not.toContain('9007199254740991');
  });
  it('the committed schemas/ files are the English ones, current (regenerate with: npm run schemas)', () => {
    for (const k of LINT_KINDS) {
      expect(readFileSync(join(import.meta.dirname, '..', '..', '..', 'schemas', `${k}.schema.json`), 'utf8'), k).toBe(jsonSchemaText(k));
    }
  });
});

describe('clientfit schema: descriptions', () => {
  for (const lang of LANGS) {
    for (const kind of LINT_KINDS) {
      it(`${kind} (${lang}): every property and enum value is described`, () => {
        const schema = jsonSchemaFor(kind, lang);
        expect(gaps(schema, kind, new Set(), [])).toEqual([]);
        expect(text(schema.title) && text(schema.description) && text(schema.markdownDescription)).toBe(true);
      });
    }
  }

  it('the check itself finds a bare property, an enum without texts and a field only a rule adds', () => {
    const doc = { description: 'd', markdownDescription: 'd' };
    const node = {
      properties: { a: { type: 'string' }, b: { ...doc, enum: ['x'] }, c: { ...doc, properties: { w: doc }, allOf: [{ if: { properties: { t: { const: 1 } } }, then: { properties: { w: {}, n: {} } } }] } },
    };
    expect(gaps(node, 'k', new Set(), [])).toEqual(['k.a', 'k.b (enumDescriptions)', 'k.b (markdownEnumDescriptions)', 'k.c.n']);
  });

  it('uses every text of the catalogue (none left behind by a renamed field)', () => {
    const used = new Set<string>();
    const collect = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (isNode(v)) {
        for (const [k, x] of Object.entries(v)) {
          if (k === 'markdownDescription' && typeof x === 'string') used.add(x);
          else if (k === 'markdownEnumDescriptions' && Array.isArray(x)) x.forEach((t) => used.add(String(t)));
          else collect(x);
        }
      }
    };
    LINT_KINDS.forEach((k) => collect(jsonSchemaFor(k)));
    const d = schemaDocsEn;
    const texts = [
      ...LINT_KINDS.flatMap((k) => Object.values(d[k])),
      ...Object.values(d.event),
      ...Object.values(d.wording),
      ...Object.values(d.values).flatMap((g) => Object.values(g)),
    ];
    expect(texts.filter((t) => !used.has(t))).toEqual([]);
  });

  it('reaches the fields of every built-in event type (the if/then rules)', () => {
    const item = eventItemOf(jsonSchemaFor('log'));
    const then = (item.allOf as Node[]).map((r) => r.then as Node);
    const described = then.flatMap((t) => Object.entries(t.properties as Node).map(([k, v]) => [k, (v as Node).markdownDescription]));
    const fields = BUILTIN_EVENT_TYPES.flatMap((t) => Object.keys(eventFields()[t]));
    expect(described.map(([k]) => k).sort()).toEqual(fields.sort());
    expect(described.every(([, d]) => text(d))).toBe(true);
  });

  it('Markdown in markdownDescription, plain text in description', () => {
    const rate = ((jsonSchemaFor('client').properties as Node).contract as Node).properties as Node;
    expect(rate.rate_unit).toMatchObject({
      description: 'What the rate is paid for: hour, day, month or project.',
      markdownDescription: 'What the rate is paid for: `hour`, `day`, `month` or `project`.',
      enum: ['hour', 'day', 'month', 'project'],
      enumDescriptions: ['Per hour worked.', 'Per day worked.', 'A monthly fee (retainer).', 'A fixed price for the project.'],
    });
  });

  for (const kind of LINT_KINDS) {
    it(`${kind}: Spanish changes the words, never the rules`, () => {
      const en = jsonSchemaFor(kind, 'en');
      const es = jsonSchemaFor(kind, 'es');
      expect(shape(es)).toEqual(shape(en));
      expect(es.description).not.toBe(en.description);
    });
  }

  it('is Spanish with lang es', () => {
    const tier = (((jsonSchemaFor('client', 'es').properties as Node).profile as Node).properties as Node).tier as Node;
    expect(tier.description).toMatch(/cliente ideal/);
    expect(tier.enumDescriptions).toEqual(['Justo para quien quieres trabajar.', 'Un buen cliente, realista.', 'Podría llegar a ser un cliente ideal.', 'No es a quien quieres atender.']);
  });
});

describe('clientfit schema: snippets and rules', () => {
  it('offers a snippet per built-in event type, in profiles and logs', () => {
    for (const kind of ['client', 'log'] as const) {
      const snippets = eventItemOf(jsonSchemaFor(kind)).defaultSnippets as Node[];
      expect(snippets.map((s) => (s.body as Node).type)).toEqual(BUILTIN_EVENT_TYPES);
      expect(snippets.every((s) => text(s.label) && text(s.description) && text(s.markdownDescription))).toBe(true);
    }
    const es = eventItemOf(jsonSchemaFor('log', 'es')).defaultSnippets as Node[];
    expect(es[0]).toMatchObject({ label: 'evento: invoice', body: { date: '${1:2026-01-31}', type: 'invoice', ref: '${2:F-2026-001}', amount: '^${3:1200}', due: '${4:2026-03-02}', note: '${5:qué pasó}' } });
  });

  it('offers a whole profile and a criterion', () => {
    const client = jsonSchemaFor('client').defaultSnippets as Node[];
    expect(client.map((s) => s.label)).toEqual(['client profile']);
    const rubric = jsonSchemaFor('rubric').properties as Node;
    const criterion = ((rubric.criteria as Node).items as Node).defaultSnippets as Node[];
    expect(criterion.map((s) => s.label)).toEqual(['criterion']);
  });

  it('asks each built-in type with fields for what lint requires (draft-07 if/then)', () => {
    const rules = eventItemOf(jsonSchemaFor('client')).allOf as Node[];
    const required = Object.fromEntries(rules.map((r) => [((((r.if as Node).properties as Node).type as Node).const as string), (r.then as Node).required ?? []]));
    expect(required).toEqual({
      invoice: ['ref', 'amount', 'due'],
      fee_dispute: [],
      scope_change: [],
      client_delay: ['days'],
      message: [],
      work: ['hours'],
      team_feedback: ['mood'],
    });
  });
});

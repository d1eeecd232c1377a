import type * as z from 'zod';
import type { Catalog } from './i18n/index.js';
import type { Problem } from './errors.js';
import { nodeAt, placeAt, type YamlSource } from './yamlSource.js';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Object.hasOwn(v, k) ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  }
  return v;
}

/** Fields that hold dates, so "required" errors can say which form is expected. */
const DATE_FIELDS = new Set(['date', 'due', 'paid', 'answered', 'since', 'start', 'end']);

function describe(v: unknown, t: Catalog): string {
  if (v === null) return t.issue.got.null;
  if (Array.isArray(v)) return t.issue.got.array;
  switch (typeof v) {
    case 'string':
      return t.issue.got.string(v.length > 40 ? `${v.slice(0, 37)}...` : v);
    case 'number':
      return t.issue.got.number(String(v));
    case 'boolean':
      return t.issue.got.boolean(String(v));
    case 'object':
      return t.issue.got.object;
    default:
      return String(v);
  }
}

/** `events[3].amount` style name of the field an issue is about. */
export function fieldName(path: readonly PropertyKey[]): string {
  let s = '';
  for (const k of path) s += typeof k === 'number' ? `[${k}]` : s ? `.${String(k)}` : String(k);
  return s || '.';
}

/**
 * Turns one zod issue into a user-facing problem: in the user's language, at the exact
 * node, with what was expected and what was found.
 */
export function issueToProblem(issue: z.core.$ZodIssue, src: YamlSource, t: Catalog): Problem {
  const path = issue.path;
  const field = fieldName(path);
  const value = valueAt(src.data, path);
  const got = describe(value, t);
  const { node } = nodeAt(src.doc, path);
  const place = placeAt(src, node?.range?.[0] ?? 0);
  const kinds = t.issue.kinds;
  let message: string;
  let expected: string | undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) {
        message = t.issue.required(field);
        const last = path[path.length - 1];
        expected = typeof last === 'string' && DATE_FIELDS.has(last) ? t.issue.dateExpected : (kinds[issue.expected] ?? issue.expected);
      } else {
        expected = kinds[issue.expected] ?? issue.expected;
        message = path.length ? t.issue.type(field, expected, got) : t.issue.typeRoot(expected, got);
      }
      break;
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') message = t.issue.tooShort(field);
      else message = t.issue.tooSmall(field, String(issue.minimum));
      break;
    case 'too_big':
      message = t.issue.tooBig(field, String(issue.maximum));
      break;
    case 'invalid_value':
      message = t.issue.oneOf(field, got);
      expected = t.issue.oneOfExpected(issue.values.map((v) => String(v)).join(', '));
      break;
    case 'invalid_union':
      message = value === undefined ? t.issue.required(field) : t.issue.union(field, got);
      break;
    case 'invalid_format':
    case 'custom':
      if (issue.message === 'issue.dateFormat' || issue.message === 'issue.dateReal' || issue.code === 'invalid_format') {
        const dateReal = issue.message === 'issue.dateReal';
        message = value === undefined ? t.issue.required(field) : dateReal ? t.issue.dateReal(field, got) : t.issue.dateFormat(field, got);
        expected = t.issue.dateExpected;
      } else message = t.issue.other(field, issue.message);
      break;
    default:
      message = t.issue.other(field, issue.message);
  }
  if (issue.code === 'invalid_type' && issue.expected === 'int') message = t.issue.integer(field);
  const last = path[path.length - 1];
  if (path.length === 1 && last === 'name') expected = t.issue.nameExpected;
  if (last === 'mood') expected = t.issue.moodExpected;
  return { code: 'schema', ...place, message, expected };
}

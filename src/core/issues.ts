import type * as z from 'zod';
import type { Msg, Problem } from './errors.js';
import { M } from './i18n/msg.js';
import { ISSUE_KEYS } from './schema/common.js';
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

/** The value found, as a message ("the text "x"", "a list"), or as text for anything else. */
function describe(v: unknown): Msg | string {
  if (v === null) return M.t.issue.got.null;
  if (Array.isArray(v)) return M.t.issue.got.array;
  switch (typeof v) {
    case 'string':
      return M.t.issue.got.string(v.length > 40 ? `${v.slice(0, 37)}...` : v);
    case 'number':
      return M.t.issue.got.number(String(v));
    case 'boolean':
      return M.t.issue.got.boolean(String(v));
    case 'object':
      return M.t.issue.got.object;
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
 * Turns one zod issue into a problem: at the exact node, saying what was expected and what
 * was found (worded in the user's language by the command).
 */
export function issueToProblem(issue: z.core.$ZodIssue, src: YamlSource): Problem {
  const path = issue.path;
  const field = fieldName(path);
  const value = valueAt(src.data, path);
  const got = describe(value);
  const { node } = nodeAt(src.doc, path);
  const place = placeAt(src, node?.range?.[0] ?? 0);
  const kind = (name: string) => M.t.issue.kind(name);
  let message: Msg;
  let expected: Msg | undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number' && typeof value === 'number' && !Number.isFinite(value)) {
        // `.inf`, `.nan`: a number YAML can write, but no amount, hour or day.
        message = M.t.issue.numberLimit(field, got);
        expected = M.t.issue.numberLimitExpected;
      } else if (value === undefined) {
        message = M.t.issue.required(field);
        const last = path[path.length - 1];
        expected = typeof last === 'string' && DATE_FIELDS.has(last) ? M.t.issue.dateExpected : kind(issue.expected);
      } else {
        expected = kind(issue.expected);
        message = path.length ? M.t.issue.type(field, expected, got) : M.t.issue.typeRoot(expected, got);
      }
      break;
    case 'too_small':
      if (issue.message === ISSUE_KEYS.numberLimit) {
        message = M.t.issue.numberLimit(field, got);
        expected = M.t.issue.numberLimitExpected;
      } else if (issue.origin === 'string' || issue.origin === 'array') message = M.t.issue.tooShort(field);
      else message = M.t.issue.tooSmall(field, String(issue.minimum));
      break;
    case 'too_big':
      if (issue.message === ISSUE_KEYS.numberLimit) {
        message = M.t.issue.numberLimit(field, got);
        expected = M.t.issue.numberLimitExpected;
      } else message = M.t.issue.tooBig(field, String(issue.maximum));
      break;
    case 'invalid_value':
      message = M.t.issue.oneOf(field, got);
      expected = M.t.issue.oneOfExpected(issue.values.map((v) => String(v)).join(', '));
      break;
    case 'invalid_union':
      message = value === undefined ? M.t.issue.required(field) : M.t.issue.union(field, got);
      break;
    case 'invalid_format':
    case 'custom':
      if (issue.message === ISSUE_KEYS.dateFormat || issue.message === ISSUE_KEYS.dateReal || issue.code === 'invalid_format') {
        const dateReal = issue.message === ISSUE_KEYS.dateReal;
        message = value === undefined ? M.t.issue.required(field) : dateReal ? M.t.issue.dateReal(field, got) : M.t.issue.dateFormat(field, got);
        expected = M.t.issue.dateExpected;
      } else message = M.t.issue.other(field, issue.message);
      break;
    default:
      message = M.t.issue.other(field, issue.message);
  }
  if (issue.code === 'invalid_type' && issue.expected === 'int') message = M.t.issue.integer(field);
  const last = path[path.length - 1];
  if (path.length === 1 && last === 'name') expected = M.t.issue.nameExpected;
  if (last === 'mood') expected = M.t.issue.moodExpected;
  // Only an invoice has a `ref` (eventFields): say what one looks like.
  if (last === 'ref' && path[path.length - 3] === 'events') expected = M.t.issue.refExpected;
  return { code: 'schema', ...place, message, expected };
}

import { isRealDate } from '../dates.js';
import type { Msg } from '../errors.js';
import { M } from '../i18n/msg.js';
import type { FieldValue } from './draft.js';
import type { FieldKind, FieldSpec } from './fields.js';
import type { Lang } from '../i18n/index.js';
import { parseNumber, type TypedNumber } from './parseNumber.js';

/** A typed value, or why the text cannot be one (message and what was expected). */
export type ParsedValue = { ok: true; value: FieldValue } | { ok: false; message: Msg; expected: Msg };

/** Digits with no leading zero: a ref such as 42 is a number, 007 stays text. */
const CANONICAL_INT = /^(0|[1-9]\d{0,14})$/;
const TRUE = new Set(['true', 'yes', 'y', 'sí', 'si']);
const FALSE = new Set(['false', 'no', 'n']);

function bool(raw: string): boolean | undefined {
  const l = raw.toLowerCase();
  return TRUE.has(l) ? true : FALSE.has(l) ? false : undefined;
}

/** Why a typed number was refused, and what to type instead (parseNumber.ts has the rules). */
function numberProblem(field: string, raw: string, isInt: boolean, r: Exclude<TypedNumber, { ok: true }>): { message: Msg; expected: Msg } {
  const message = isInt ? M.edit.value.integer(field, raw) : M.edit.value.number(field, raw);
  if (r.reason === 'comma') return { message, expected: M.edit.value.commaExpected(r.suggestion ?? '', r.alternative ?? '') };
  if (r.reason === 'bareComma') return { message, expected: M.edit.value.bareCommaExpected(r.suggestion) };
  return { message, expected: M.edit.value.expected[isInt ? 'integer' : 'number']! };
}

/**
 * Types what a person wrote for `field` by the field's schema: numbers, true/false, dates.
 * Numbers are read by the run's language (`12,5` and `1.200,50` in Spanish; parseNumber.ts).
 * Fields of your own types are guessed: a number, true/false, else text.
 */
export function parseFieldValue(field: string, raw: string, spec: FieldSpec | undefined, lang: Lang): ParsedValue {
  const fail = (message: Msg, kind: Exclude<FieldKind, 'textOrNumber'>): ParsedValue => ({ ok: false, message, expected: M.edit.value.expected[kind] });
  const text = raw.trim();
  if (text === '') return fail(M.edit.value.empty(field), spec?.kind === 'textOrNumber' || !spec ? 'text' : spec.kind);
  if (!spec) {
    const n = parseNumber(text, lang);
    if (n.ok) return { ok: true, value: n.value };
    const b = bool(text);
    return { ok: true, value: b ?? raw };
  }
  switch (spec.kind) {
    case 'number':
    case 'integer': {
      const isInt = spec.kind === 'integer';
      const r = parseNumber(text, lang, isInt);
      if (!r.ok) return { ok: false, ...numberProblem(field, raw, isInt, r) };
      const n = r.value;
      const out = (spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max);
      if (out) {
        const message = spec.min !== undefined && n < spec.min ? M.edit.value.min(field, spec.min) : M.edit.value.max(field, spec.max!);
        return { ok: false, message, expected: M.edit.value.range(isInt, spec.min, spec.max) };
      }
      return { ok: true, value: n };
    }
    case 'boolean': {
      const b = bool(text);
      return b === undefined ? fail(M.edit.value.boolean(field, raw), 'boolean') : { ok: true, value: b };
    }
    case 'date':
      return isRealDate(text) ? { ok: true, value: text } : fail(M.edit.value.date(field, raw), 'date');
    case 'dateOrTrue': {
      if (isRealDate(text)) return { ok: true, value: text };
      return bool(text) === true ? { ok: true, value: true } : fail(M.edit.value.date(field, raw), 'dateOrTrue');
    }
    case 'textOrNumber':
      return { ok: true, value: CANONICAL_INT.test(text) ? Number(text) : raw };
    default:
      return { ok: true, value: raw };
  }
}

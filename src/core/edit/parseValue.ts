import { isRealDate } from '../dates.js';
import type { Msg } from '../errors.js';
import { M } from '../i18n/msg.js';
import type { FieldValue } from './draft.js';
import type { FieldKind, FieldSpec } from './fields.js';

/** A typed value, or why the text cannot be one (message and what was expected). */
export type ParsedValue = { ok: true; value: FieldValue } | { ok: false; message: Msg; expected: Msg };

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;
const INTEGER = /^[-+]?\d+$/;
/** Digits with no leading zero: a ref such as 42 is a number, 007 stays text. */
const CANONICAL_INT = /^(0|[1-9]\d{0,14})$/;
const TRUE = new Set(['true', 'yes', 'y', 'sí', 'si']);
const FALSE = new Set(['false', 'no', 'n']);

function bool(raw: string): boolean | undefined {
  const l = raw.toLowerCase();
  return TRUE.has(l) ? true : FALSE.has(l) ? false : undefined;
}

/**
 * Types what a person wrote for `field` by the field's schema: numbers, true/false, dates.
 * Fields of your own types are guessed: a number, true/false, else text.
 */
export function parseFieldValue(field: string, raw: string, spec: FieldSpec | undefined): ParsedValue {
  const fail = (message: Msg, kind: Exclude<FieldKind, 'textOrNumber'>): ParsedValue => ({ ok: false, message, expected: M.edit.value.expected[kind] });
  const text = raw.trim();
  if (text === '') return fail(M.edit.value.empty(field), spec?.kind === 'textOrNumber' || !spec ? 'text' : spec.kind);
  if (!spec) {
    if (NUMBER.test(text) && Number.isFinite(Number(text))) return { ok: true, value: Number(text) };
    const b = bool(text);
    return { ok: true, value: b ?? raw };
  }
  switch (spec.kind) {
    case 'number':
    case 'integer': {
      const isInt = spec.kind === 'integer';
      if (!(isInt ? INTEGER : NUMBER).test(text) || !Number.isFinite(Number(text))) {
        return fail(isInt ? M.edit.value.integer(field, raw) : M.edit.value.number(field, raw), spec.kind);
      }
      const n = Number(text);
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

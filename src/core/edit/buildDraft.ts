import type { Msg, Problem } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { M } from '../i18n/msg.js';
import { closest } from '../similar.js';
import { addDaysIso, isRealDate } from '../dates.js';
import type { EventDraft, FieldValue } from './draft.js';
import { BUILTIN_EVENT_TYPES, fieldsOf, isBuiltinType, type FieldSpec } from './fields.js';
import { parseFieldValue } from './parseValue.js';

/** What `clientfit log FILE TYPE field=value ... --date --note` was given. */
export interface DraftInput {
  type: string;
  date: string;
  pairs: readonly string[];
  note?: string;
  /** The run's language: how numbers are typed (`12,5` in Spanish; parseNumber.ts). */
  lang: Lang;
}

export interface DraftResult {
  /** Set when there is no problem. */
  draft?: EventDraft;
  problems: Problem[];
  warnings: Problem[];
}

/** Event types of your own: a word that reads well as a YAML plain scalar. */
export const TYPE_NAME = /^[\p{L}_][\p{L}\p{N}_-]*$/u;
const FIELD_NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** A short, valid example of a type's required fields, for "missing field" errors. */
export function exampleFor(type: string, date: string): string {
  const sample: Record<string, string> = { number: '900', integer: '3', boolean: 'true', date, text: 'x', textOrNumber: 'F-7' };
  const req = fieldsOf(type).filter((f) => f.required);
  // An invoice falls due after its date; 30 days is the usual term.
  const byName: Record<string, string> = { hours: '8', days: '5', mood: '3' };
  const value = (f: FieldSpec) => (f.name === 'due' && isRealDate(date) ? addDaysIso(date, 30) : (byName[f.name] ?? sample[f.kind]));
  return ['clientfit log FILE', type, ...req.map((f) => `${f.name}=${value(f)}`)].join(' ');
}

/**
 * Turns command-line arguments into an event draft: each value typed by its field's schema,
 * every problem collected (not only the first), warnings for unknown types and fields.
 * Pure: the date is passed in, defaulting to today is the command's job.
 */
export function buildDraft(input: DraftInput): DraftResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const usage = (message: Msg, expected?: Msg): Problem => ({ code: 'usage', message, expected });
  const { type, date } = input;
  if (!TYPE_NAME.test(type)) problems.push(usage(M.edit.arg.badType(type), M.edit.arg.badTypeExpected));
  else if (!isBuiltinType(type)) warnings.push({ ...usage(M.edit.arg.unknownType(type, closest(type, BUILTIN_EVENT_TYPES))), severity: 'warning' });
  if (!isRealDate(date)) problems.push(usage(M.edit.arg.badDate('--date', date), M.edit.arg.badDateExpected));
  const specs = fieldsOf(type);
  const given = new Map<string, FieldValue>();
  const named = new Set<string>();
  let note = input.note;
  for (const pair of input.pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) {
      problems.push(usage(M.edit.arg.notPair(pair), M.edit.arg.notPairExpected));
      continue;
    }
    const field = pair.slice(0, eq).trim();
    const raw = pair.slice(eq + 1);
    if (!FIELD_NAME.test(field) || FORBIDDEN.has(field)) problems.push(usage(M.edit.arg.badField(field), M.edit.arg.badFieldExpected));
    else if (field === 'date') problems.push(usage(M.edit.arg.reservedDate, M.edit.arg.reservedDateExpected));
    else if (field === 'type') problems.push(usage(M.edit.arg.reservedType, M.edit.arg.missingTypeExpected));
    else if (field === 'note') {
      if (note !== undefined) problems.push(usage(M.edit.arg.noteTwice));
      note = raw;
    } else if (named.has(field)) problems.push(usage(M.edit.arg.twice(field), M.edit.arg.twiceExpected));
    else {
      named.add(field);
      const spec: FieldSpec | undefined = specs.find((s) => s.name === field);
      if (!spec && isBuiltinType(type)) {
        const hint = closest(field, [...specs.map((s) => s.name), 'note']);
        warnings.push({ ...usage(M.edit.arg.unknownField(type, field, hint)), severity: 'warning' });
      }
      const v = parseFieldValue(field, raw, spec, input.lang);
      if (v.ok) given.set(field, v.value);
      else problems.push(usage(v.message, v.expected));
    }
  }
  const missing = specs.filter((s) => s.required && !named.has(s.name)).map((s) => s.name);
  if (missing.length) problems.push(usage(M.edit.arg.missingFields(type, missing), M.edit.arg.missingFieldsExpected(exampleFor(type, date))));
  if (note !== undefined && note.trim() === '') problems.push(usage(M.edit.value.empty('note'), M.edit.value.expected.text));
  if (problems.length) return { problems, warnings };
  const draft: [string, FieldValue][] = [['date', date], ['type', type]];
  for (const s of specs) if (given.has(s.name)) draft.push([s.name, given.get(s.name)!]);
  for (const [k, v] of given) if (!specs.some((s) => s.name === k)) draft.push([k, v]);
  if (note !== undefined) draft.push(['note', note]);
  return { draft, problems, warnings };
}

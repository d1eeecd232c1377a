import type { FieldValue } from '../edit/draft.js';
import type { FieldSpec } from '../edit/fields.js';
import type { Msg } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { M } from '../i18n/msg.js';
import { parseFieldValue } from '../edit/parseValue.js';

/** A checked answer, or why it cannot be used; shared by flags and prompts so both say the same. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: Msg; expected: Msg };

const spec = (name: string, kind: FieldSpec['kind'], min?: number): FieldSpec => ({ name, kind, required: false, min });

/** The rules for each typed answer, by the profile field it fills. */
export const SPECS = {
  since: spec('since', 'date'),
  rate: spec('rate', 'number', 0),
  paymentTermsDays: spec('payment_terms_days', 'integer', 0),
  noticeDays: spec('notice_days', 'integer', 0),
  inNiche: spec('in_niche', 'boolean'),
  withinSkills: spec('within_skills', 'boolean'),
  budgetFits: spec('budget_fits', 'boolean'),
  writtenNotice: spec('written_notice', 'boolean'),
} satisfies Record<string, FieldSpec>;

/** A typed answer by its spec; numbers read by the run's language (`60,5` in Spanish). */
export function checkTyped<T extends FieldValue>(s: FieldSpec, raw: string, lang: Lang): Checked<T> {
  return parseFieldValue(s.name, raw, s, lang) as Checked<T>;
}

export function checkChoice<T extends string>(field: string, raw: string, choices: readonly T[]): Checked<T> {
  const v = raw.trim().toLowerCase();
  if ((choices as readonly string[]).includes(v)) return { ok: true, value: v as T };
  const list = choices.join(', ');
  return { ok: false, message: M.edit.value.choice(field, raw, list), expected: M.edit.value.choices(list) };
}

/** ISO 4217-shaped codes only: the report formats money with Intl, which needs one. */
export function checkCurrency(raw: string): Checked<string> {
  const v = raw.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(v) ? { ok: true, value: v } : { ok: false, message: M.edit.value.currency(raw), expected: M.edit.value.expected.currency };
}

/** Free text: trimmed; empty is "not given". */
export function checkText(raw: string | undefined): string | undefined {
  const v = raw?.trim();
  return v ? v : undefined;
}

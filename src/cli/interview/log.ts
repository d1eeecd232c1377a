import { addDaysIso, isRealDate } from '../../core/dates.js';
import type { EventDraft, FieldValue } from '../../core/edit/draft.js';
import { BUILTIN_EVENT_TYPES, fieldsOf, type FieldSpec } from '../../core/edit/fields.js';
import type { EditCatalog, Messages } from '../../core/i18n/index.js';
import { word } from '../../core/i18n/word.js';
import { parseFieldValue } from '../../core/edit/parseValue.js';
import { TYPE_NAME } from '../../core/edit/buildDraft.js';
import type { Prompter } from '../../io/prompts.js';

export interface LogInterviewOptions {
  /** The user's language: questions, choices and why an answer is refused. */
  m: Messages;
  /** Today, from the command (core never reads the clock). */
  today: string;
  /** --date and --note, offered as defaults. */
  date?: string;
  note?: string;
  /** The contract's `payment_terms_days`: an invoice is due that many days after its date. */
  paymentTermsDays?: number;
}

/**
 * Asks for one event: its type, then its date and only the fields that type has, each
 * checked as it is typed (the same checks as `field=value` arguments), then a note.
 */
export async function interviewLog(p: Prompter, o: LogInterviewOptions): Promise<EventDraft> {
  const e = o.m.edit;
  let type = await p.select<string>({
    message: e.ask.type,
    choices: [
      ...BUILTIN_EVENT_TYPES.map((t) => ({ value: t as string, name: e.ask.typeChoice(t), description: e.typeHelp[t] })),
      { value: '', name: e.ask.otherType },
    ],
  });
  if (type === '') {
    type = (await p.input({ message: e.ask.customType, validate: (v) => TYPE_NAME.test(v.trim()) || e.arg.badType(v) })).trim();
  }
  const date = (
    await p.input({ message: e.ask.date, default: o.date ?? o.today, validate: (v) => isRealDate(v.trim()) || e.arg.badDate(e.ask.date, v) })
  ).trim();
  const draft: [string, FieldValue][] = [
    ['date', date],
    ['type', type],
  ];
  for (const spec of fieldsOf(type)) {
    const dflt = spec.name === 'due' && o.paymentTermsDays !== undefined ? addDaysIso(date, o.paymentTermsDays) : undefined;
    const v = await askField(p, spec, o.m, dflt);
    if (v !== undefined) draft.push([spec.name, v]);
  }
  const note = await p.input({ message: e.ask.note, default: o.note });
  if (note.trim()) draft.push(['note', note.trim()]);
  return draft;
}

async function askField(p: Prompter, spec: FieldSpec, m: Messages, dflt: string | undefined): Promise<FieldValue | undefined> {
  const e: EditCatalog = m.edit;
  const message = e.ask.field(spec.name, !spec.required);
  if (spec.kind === 'boolean') {
    const choices = [
      { value: true as boolean | null, name: e.ask.yes },
      { value: false as boolean | null, name: e.ask.no },
      ...(spec.required ? [] : [{ value: null as boolean | null, name: e.ask.skip }]),
    ];
    const v = await p.select<boolean | null>({ message, choices, default: spec.required ? true : null });
    return v ?? undefined;
  }
  const raw = await p.input({
    message,
    default: dflt,
    validate: (v) => {
      if (!v.trim()) return spec.required ? e.ask.required : true;
      const r = parseFieldValue(spec.name, v, spec, m.lang);
      return r.ok || `${word(r.message, m)} (${word(r.expected, m)})`;
    },
  });
  if (!raw.trim()) return undefined;
  const r = parseFieldValue(spec.name, raw, spec, m.lang);
  return r.ok ? r.value : undefined;
}

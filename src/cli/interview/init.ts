import type { Messages } from '../../core/i18n/index.js';
import { word } from '../../core/i18n/word.js';
import { NOTICE_BASES, RATE_UNITS, TIERS, type InitAnswers } from '../../core/init/answers.js';
import { SPECS, checkCurrency, checkText, checkTyped, type Checked } from '../../core/init/check.js';
import type { Prompter } from '../../io/prompts.js';

export interface InitInterviewOptions {
  /** The user's language: questions, choices and why an answer is refused. */
  m: Messages;
  today: string;
  /** Answers already given as flags: offered as each question's default. */
  preset: Partial<InitAnswers>;
  /** The FILE argument; when missing, the interview asks, offering `suggestFile(name)`. */
  file?: string;
  suggestFile: (name: string) => string;
}

/** Every typed question may be skipped with Enter; anything typed must pass its check. */
const validator =
  <T>(check: (raw: string) => Checked<T>, m: Messages) =>
  (v: string): true | string => {
    if (!v.trim()) return true;
    const r = check(v);
    return r.ok || `${word(r.message, m)} (${word(r.expected, m)})`;
  };

/**
 * The profile interview: name, file, industry, contact, fit with your ideal client, rate,
 * payment terms and the termination clause. Enter skips any optional question.
 */
export async function interviewInit(p: Prompter, o: InitInterviewOptions): Promise<{ answers: InitAnswers; file: string }> {
  const { m, preset: pre } = o;
  const e = m.edit;
  const a: Partial<InitAnswers> = {};
  const text = async (message: string, dflt?: string) => checkText(await p.input({ message, default: dflt }));
  const typed = async <T extends string | number | boolean>(message: string, spec: (typeof SPECS)[keyof typeof SPECS], dflt?: T) => {
    const raw = await p.input({ message, default: dflt === undefined ? undefined : String(dflt), validate: validator((r) => checkTyped<T>(spec, r, m.lang), m) });
    const r = raw.trim() ? checkTyped<T>(spec, raw, m.lang) : undefined;
    return r?.ok ? r.value : undefined;
  };
  const yesNo = async (message: string, dflt?: boolean) =>
    (await p.select<boolean | null>({
      message,
      choices: [
        { value: true, name: e.ask.yes },
        { value: false, name: e.ask.no },
        { value: null, name: e.ask.skip },
      ],
      default: dflt ?? null,
    })) ?? undefined;

  const name = (await p.input({ message: e.ask.name, default: pre.name, validate: (v) => Boolean(v.trim()) || e.ask.required })).trim();
  const file = o.file ?? (await p.input({ message: e.ask.file, default: o.suggestFile(name), validate: (v) => Boolean(v.trim()) || e.ask.required })).trim();
  a.industry = await text(e.ask.industry, pre.industry);
  a.since = await typed<string>(e.ask.since, SPECS.since, pre.since ?? o.today);
  a.contactName = await text(e.ask.contactName, pre.contactName);
  a.email = await text(e.ask.email, pre.email);
  a.phone = await text(e.ask.phone, pre.phone);
  a.tier =
    (await p.select<InitAnswers['tier'] | null>({
      message: e.ask.tier,
      choices: [...TIERS.map((t) => ({ value: t, name: e.ask.tiers[t] ?? t })), { value: null, name: e.ask.skip }],
      default: pre.tier ?? null,
    })) ?? undefined;
  a.inNiche = await yesNo(e.ask.inNiche, pre.inNiche);
  a.withinSkills = await yesNo(e.ask.withinSkills, pre.withinSkills);
  a.budgetFits = await yesNo(e.ask.budgetFits, pre.budgetFits);
  a.rate = await typed<number>(e.ask.rate, SPECS.rate, pre.rate);
  if (a.rate !== undefined) {
    const cur = await p.input({ message: e.ask.currency, default: pre.currency ?? 'EUR', validate: validator(checkCurrency, m) });
    a.currency = cur.trim() ? cur.trim().toUpperCase() : undefined;
    a.rateUnit = await p.select({ message: e.ask.rateUnit, choices: RATE_UNITS.map((u) => ({ value: u, name: e.ask.rateUnits[u] ?? u })), default: pre.rateUnit ?? 'hour' });
  }
  a.paymentTermsDays = await typed<number>(e.ask.paymentTerms, SPECS.paymentTermsDays, pre.paymentTermsDays ?? 30);
  a.noticeDays = await typed<number>(e.ask.noticeDays, SPECS.noticeDays, pre.noticeDays);
  if (a.noticeDays !== undefined) {
    a.noticeBasis = await p.select({ message: e.ask.noticeBasis, choices: NOTICE_BASES.map((b) => ({ value: b, name: e.ask.noticeBases[b] ?? b })), default: pre.noticeBasis ?? 'calendar' });
    a.writtenNotice = await yesNo(e.ask.writtenNotice, pre.writtenNotice ?? true);
    a.clause = await text(e.ask.clause, pre.clause);
  }
  const answers = { name, ...a } as InitAnswers;
  for (const k of Object.keys(answers) as (keyof InitAnswers)[]) if (answers[k] === undefined) delete answers[k];
  return { answers, file };
}

import type { Problem } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { M } from '../i18n/msg.js';
import { NOTICE_BASES, RATE_UNITS, TIERS, type InitAnswers, type InitFlags } from './answers.js';
import { SPECS, checkChoice, checkCurrency, checkText, checkTyped, type Checked } from './check.js';

/**
 * Answers from `clientfit init --yes` flags, every bad value reported at once (as usage
 * problems naming the flag). `name` is checked by the command, which knows about --yes.
 * Numbers are read by the run's language (`--rate 60,5` in Spanish).
 */
export function answersFromFlags(flags: InitFlags, lang: Lang): { answers: Partial<InitAnswers>; problems: Problem[] } {
  const problems: Problem[] = [];
  const a: Partial<InitAnswers> = {};
  const take = <T>(flag: string, raw: string | undefined, check: (raw: string) => Checked<T>, set: (v: T) => void) => {
    if (raw === undefined) return;
    const r = check(raw);
    if (r.ok) set(r.value);
    else problems.push({ code: 'usage', message: M.t.err.onFlag(flag, r.message), expected: r.expected });
  };
  const name = checkText(flags.name);
  if (name) a.name = name;
  a.industry = checkText(flags.industry);
  a.contactName = checkText(flags.contactName);
  a.email = checkText(flags.email);
  a.phone = checkText(flags.phone);
  a.clause = checkText(flags.clause);
  take('--since', flags.since, (r) => checkTyped<string>(SPECS.since, r, lang), (v) => (a.since = v));
  take('--tier', flags.tier, (r) => checkChoice('tier', r, TIERS), (v) => (a.tier = v));
  take('--in-niche', flags.inNiche, (r) => checkTyped<boolean>(SPECS.inNiche, r, lang), (v) => (a.inNiche = v));
  take('--within-skills', flags.withinSkills, (r) => checkTyped<boolean>(SPECS.withinSkills, r, lang), (v) => (a.withinSkills = v));
  take('--budget-fits', flags.budgetFits, (r) => checkTyped<boolean>(SPECS.budgetFits, r, lang), (v) => (a.budgetFits = v));
  take('--rate', flags.rate, (r) => checkTyped<number>(SPECS.rate, r, lang), (v) => (a.rate = v));
  take('--currency', flags.currency, (r) => checkCurrency(r), (v) => (a.currency = v));
  take('--rate-unit', flags.rateUnit, (r) => checkChoice('rate_unit', r, RATE_UNITS), (v) => (a.rateUnit = v));
  take('--payment-terms', flags.paymentTerms, (r) => checkTyped<number>(SPECS.paymentTermsDays, r, lang), (v) => (a.paymentTermsDays = v));
  take('--notice-days', flags.noticeDays, (r) => checkTyped<number>(SPECS.noticeDays, r, lang), (v) => (a.noticeDays = v));
  take('--notice-basis', flags.noticeBasis, (r) => checkChoice('notice_basis', r, NOTICE_BASES), (v) => (a.noticeBasis = v));
  take('--written-notice', flags.writtenNotice, (r) => checkTyped<boolean>(SPECS.writtenNotice, r, lang), (v) => (a.writtenNotice = v));
  const termination = ['--notice-basis', '--written-notice', '--clause'].filter((_, i) => [flags.noticeBasis, flags.writtenNotice, flags.clause][i] !== undefined);
  if (termination.length && flags.noticeDays === undefined) {
    problems.push({ code: 'usage', message: M.edit.init.needNoticeDays(termination.join(', ')), expected: M.edit.init.needNoticeDaysExpected });
  }
  for (const k of Object.keys(a) as (keyof InitAnswers)[]) if (a[k] === undefined) delete a[k];
  return { answers: a, problems };
}

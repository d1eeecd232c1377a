import type { Catalog, Lang } from '../i18n/index.js';
import { exitLessonsEn } from '../i18n/exitLessons.en.js';
import { exitLessonsEs } from '../i18n/exitLessons.es.js';
import { exitScriptEn } from '../i18n/exitScript.en.js';
import { exitScriptEs } from '../i18n/exitScript.es.js';
import { exitTermsEn } from '../i18n/exitTerms.en.js';
import { exitTermsEs } from '../i18n/exitTerms.es.js';
import { money } from '../render/numbers.js';
import { clauseSection } from './draftClause.js';
import { decisionSection, frankSection } from './draftDecision.js';
import { closingSection, lessonsSection } from './draftEnd.js';
import { confirmationSection } from './draftLetter.js';
import { alternativeSection, contactSection, explainSection } from './draftSteps.js';
import type { Draft, DraftContext, Escape, ExitCatalog } from './draftTypes.js';
import type { ExitPlan } from './plan.js';
import { shellArg } from './shellArg.js';

export type { Block, Draft, Escape, Section, SectionId } from './draftTypes.js';

/** The draft's wording per language. */
export const draftCatalogs: Record<Lang, ExitCatalog> = {
  en: { ...exitScriptEn, ...exitTermsEn, ...exitLessonsEn },
  es: { ...exitScriptEs, ...exitTermsEs, ...exitLessonsEs },
};

export interface DraftOptions {
  lang: Lang;
  t: Catalog;
  esc: Escape;
  /** --full: every flag and talking point, the handover checklist and the lessons; else a draft to say and send. */
  full?: boolean;
}

/**
 * Words the plan in one language, escaped for one format. Sections come in the design's
 * order; a review starts with the frank conversation, which a dealbreaker never gets (its
 * verdict is always exit). After a dealbreaker the draft is written notice only: the same
 * sections, each saying what replaces the call, the referral and the closing words.
 *
 * By default the draft is what the user needs to say and send (the decision and its top
 * evidence, the four steps with a line or two to say each, the dates, the confirmation);
 * the lessons and the checklists come with `full`.
 */
export function buildDraft(plan: ExitPlan, o: DraftOptions): Draft {
  if (plan.notice.lastDay === null) throw new Error('buildDraft needs a last contractual day'); // the command reports this first
  const r = plan.report;
  const x = draftCatalogs[o.lang];
  const client = o.esc.text(r.client.name);
  const notice = plan.dealbreakers.length > 0;
  const c: DraftContext = {
    lang: o.lang,
    t: o.t,
    x,
    esc: o.esc,
    client,
    short: o.esc.text(plan.shortName),
    first: plan.firstName === null ? null : o.esc.text(plan.firstName),
    voice: plan.voice,
    full: o.full === true,
    notice,
    // Amounts are escaped too: an unknown currency is printed as written in the profile.
    money: (n) => o.esc.text(money(n, plan.currency, o.t)),
  };
  const scoreCommand = `clientfit score ${shellArg(r.client.file)} --as-of ${r.asOf}`;
  const sections = [
    ...(r.verdict === 'review' && !notice ? [frankSection(plan, c)] : []),
    decisionSection(plan, c, scoreCommand),
    contactSection(plan, c),
    explainSection(plan, c),
    alternativeSection(plan, c),
    clauseSection(plan, c),
    closingSection(plan, c),
    confirmationSection(plan, c),
    ...(c.full ? [lessonsSection(plan, c)] : []),
  ];
  const intro = notice ? x.howToReadNotice : x.howToRead;
  return {
    title: notice ? x.titleNotice(client) : x.title(client),
    meta: x.meta(o.esc.code(r.client.file), r.asOf, r.fit, o.t.verdictLong[r.verdict] ?? r.verdict),
    intro: c.full ? intro : `${intro} ${x.fullHint}`,
    sections,
  };
}

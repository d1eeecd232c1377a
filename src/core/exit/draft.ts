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
}

/**
 * Words the plan in one language, escaped for one format. Sections come in the design's
 * order; a review starts with the frank conversation, which a dealbreaker never gets (its
 * verdict is always exit).
 */
export function buildDraft(plan: ExitPlan, o: DraftOptions): Draft {
  if (plan.notice.lastDay === null) throw new Error('buildDraft needs a last contractual day'); // the command reports this first
  const r = plan.report;
  const x = draftCatalogs[o.lang];
  const client = o.esc.text(r.client.name);
  // Amounts are escaped too: an unknown currency is printed as written in the profile.
  const c: DraftContext = { lang: o.lang, t: o.t, x, esc: o.esc, client, money: (n) => o.esc.text(money(n, plan.currency, o.t)) };
  const scoreCommand = `clientfit score ${shellArg(r.client.file)} --as-of ${r.asOf}`;
  const sections = [
    ...(r.verdict === 'review' && !plan.dealbreakers.length ? [frankSection(plan, c)] : []),
    decisionSection(plan, c, scoreCommand),
    contactSection(plan, c),
    explainSection(plan, c),
    alternativeSection(plan, c),
    clauseSection(plan, c),
    closingSection(plan, c),
    confirmationSection(plan, c),
    lessonsSection(plan, c),
  ];
  return {
    title: x.title(client),
    meta: x.meta(o.esc.code(r.client.file), r.asOf, r.fit, o.t.verdictLong[r.verdict] ?? r.verdict),
    intro: x.howToRead,
    sections,
  };
}

import type { Catalog, Lang } from '../i18n/index.js';
import { exitEn } from '../i18n/exit.en.js';
import { exitEs } from '../i18n/exit.es.js';
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

/** The exit wording per language. */
export const exitCatalogs: Record<Lang, ExitCatalog> = { en: exitEn, es: exitEs };

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
  const x = exitCatalogs[o.lang];
  const client = o.esc.text(r.client.name);
  const c: DraftContext = { lang: o.lang, t: o.t, x, esc: o.esc, client, money: (n) => money(n, plan.currency, o.t) };
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

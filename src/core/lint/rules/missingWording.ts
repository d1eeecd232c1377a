import { ownCriteria, parentKnown } from '../criteria.js';
import { asRecord, report } from '../place.js';
import type { LintContext, Rule } from '../types.js';
import { M } from '../../i18n/msg.js';

const LANGS = ['en', 'es'] as const;
const FIELDS = ['title', 'why', 'talking_point'] as const;

function missing(text: unknown): ('en' | 'es')[] {
  const r = asRecord(text);
  return LANGS.filter((l) => typeof r?.[l] !== 'string' || !(r[l] as string).trim());
}

function checkTitle(ctx: LintContext): void {
  const inherited = ctx.parent?.status === 'ok' ? ctx.parent.rubric.title : {};
  const langs = missing({ ...inherited, ...asRecord(ctx.data.title) });
  if (langs.length) report(ctx, ['title'], 'missing-wording', 'warning', M.lint.missingTitle(M.lint.langNames(langs)));
}

/**
 * Reports and exit drafts are written in English or Spanish from the rubric's wording;
 * a missing language falls back to the other one mid-sentence. Inherited wording counts.
 */
export const missingWording: Rule = (ctx) => {
  if (!parentKnown(ctx)) return;
  checkTitle(ctx);
  for (const c of ownCriteria(ctx)) {
    for (const f of FIELDS) {
      const langs = missing(c.eff[f]);
      if (langs.length) report(ctx, ['criteria', c.index, f], 'missing-wording', 'warning', M.lint.missingWording(c.id ?? '?', f, M.lint.langNames(langs)));
    }
    // The first-person wording is optional; once a criterion has it, it needs both languages.
    const solo = asRecord(c.eff.talking_point_i);
    const langs = solo && Object.keys(solo).length ? missing(solo) : [];
    if (langs.length) report(ctx, ['criteria', c.index, 'talking_point_i'], 'missing-wording', 'warning', M.lint.missingWording(c.id ?? '?', 'talking_point_i', M.lint.langNames(langs)));
  }
};

import type { Criterion } from '../schema/rubric.js';
import { asRecord, records } from './place.js';
import type { LintContext } from './types.js';

/** A criterion written in the linted file, and what it amounts to once merged with its parent's. */
export interface OwnCriterion {
  index: number;
  id: string | undefined;
  own: Record<string, unknown>;
  /** The parent's criterion with the same id, when `extends` resolved and has one. */
  inherited?: Criterion;
  /** Own fields over inherited ones, as `buildRubric` merges them (wording merged per language). */
  eff: Record<string, unknown>;
}

const WORDING = ['title', 'why', 'talking_point', 'talking_point_i'];

/** True when the parent rubric is known (none, or resolved): only then can inherited values be judged. */
export const parentKnown = (ctx: LintContext) => !ctx.parent || ctx.parent.status === 'none' || ctx.parent.status === 'ok';

/** The file's own criteria that stay in the rubric (`enabled: false` removes one). */
export function ownCriteria(ctx: LintContext): OwnCriterion[] {
  const parent = ctx.parent?.status === 'ok' ? ctx.parent.rubric : null;
  return records(ctx.data.criteria)
    .filter(([c]) => c.enabled !== false)
    .map(([own, index]) => {
      const id = typeof own.id === 'string' ? own.id : undefined;
      const inherited = parent?.criteria.find((c) => c.id === id);
      const eff: Record<string, unknown> = { ...inherited };
      for (const [k, v] of Object.entries(own)) if (v !== undefined && v !== null) eff[k] = v;
      for (const k of WORDING) eff[k] = { ...asRecord(inherited?.[k as keyof Criterion]), ...asRecord(own[k]) };
      return { index, id, own, inherited, eff };
    });
}

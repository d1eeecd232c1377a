import type { Node } from './docs.js';

/**
 * Cross-field rules of lint that JSON Schema draft-07 can say, so an editor marks them as
 * lint does. Those it cannot say (warn equal to flag, bands in order, a duplicate ref or
 * criterion id, a date before another) stay lint's alone.
 */

/** A criterion switched off (`enabled: false`) is removed whole: nothing else is asked of it. */
const DISABLED = { properties: { enabled: { const: false } }, required: ['enabled'] };

/** `weight-not-positive`: a criterion that stays in the rubric takes points off, so its weight is above 0. */
export const criterionRules: Node[] = [{ if: DISABLED, else: { properties: { weight: { exclusiveMinimum: 0 } } } }];

/**
 * With nothing to inherit (no `extends`, or `extends: null`): `no-criteria` (the rubric has
 * criteria) and `incomplete-criterion` (each one that stays has a metric, warn, flag and weight).
 */
export const rubricRules: Node[] = [
  {
    if: { anyOf: [{ not: { required: ['extends'] } }, { properties: { extends: { type: 'null' } } }] },
    then: {
      required: ['criteria'],
      properties: { criteria: { minItems: 1, items: { if: DISABLED, else: { required: ['metric', 'warn', 'flag', 'weight'] } } } },
    },
  },
];

const anyOfKeys = (keys: string[]) => ({ anyOf: keys.map((k) => ({ required: [k] })) });

/**
 * An import map's columns (importMapSchema's refinement): time (hours or duration) or
 * invoices (both ref and amount), never both.
 */
export const mapColumnRules: Node = {
  anyOf: [
    { ...anyOfKeys(['hours', 'duration']), not: anyOfKeys(['ref', 'amount']) },
    { required: ['ref', 'amount'], not: anyOfKeys(['hours', 'duration']) },
  ],
};

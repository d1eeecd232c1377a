import { issueToProblem } from '../../issues.js';
import { ISSUE_KEYS } from '../../schema/common.js';
import { findingFromProblem } from '../fromProblem.js';
import { SCHEMAS } from '../schemas.js';
import type { Rule } from '../types.js';

/**
 * Every zod issue, at the exact node, worded as `score` words it. A date that matches
 * YYYY-MM-DD but does not exist (2026-02-30) gets its own rule, `impossible-date`.
 */
export const schemaRule: Rule = (ctx) => {
  const r = SCHEMAS[ctx.kind]().safeParse(ctx.data);
  if (r.success) return;
  // DateStr's refine runs even after its pattern failed: "x" would be both "not a date"
  // and "not a real calendar date". The first says it all.
  const notADate = new Set(r.error.issues.filter((i) => i.message === ISSUE_KEYS.dateFormat).map((i) => JSON.stringify(i.path)));
  for (const issue of r.error.issues) {
    const real = issue.message === ISSUE_KEYS.dateReal;
    if (real && notADate.has(JSON.stringify(issue.path))) continue;
    const f = findingFromProblem(issueToProblem(issue, ctx.src), ctx.file);
    ctx.findings.push({ ...f, rule: real ? 'impossible-date' : 'schema' });
  }
};

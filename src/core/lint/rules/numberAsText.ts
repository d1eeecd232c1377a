import { plainValues } from '../scalars.js';
import type { Rule } from '../types.js';
import { M } from '../../i18n/msg.js';

/** 1,500 · 1,500.00 · 1.500,00 · 1500,5: numbers with separators YAML reads as text. */
const FORMATTED = /^[+-]?(\d{1,3}(,\d{3})+(\.\d+)?|\d{1,3}(\.\d{3})+(,\d+)?|\d+,\d+)$/;

/** Fields whose value is text on purpose, where "1,500" is what the user meant. */
const TEXT_KEYS = new Set(['note', 'ref', 'name', 'id', 'clause', 'en', 'es', 'phone', 'email', 'industry', 'business', 'contact']);

/**
 * `amount: 1,500.00` stays the text "1,500.00" (PITFALLS), and so does a decimal comma
 * (`warn: 0,5`). On a numeric field the schema rule already reports it: its message gets
 * the hint on how to write the number. Elsewhere (custom event fields) this warns.
 */
export const numberAsText: Rule = (ctx) => {
  const schemaAt = new Map(ctx.findings.filter((f) => f.rule === 'schema').map((f) => [`${f.line}:${f.col}`, f]));
  for (const { value, key, start } of plainValues(ctx.src)) {
    if (TEXT_KEYS.has(key) || !FORMATTED.test(value)) continue;
    const at = ctx.src.lc.linePos(start);
    const reported = schemaAt.get(`${at.line}:${at.col}`);
    if (reported) reported.message = M.lint.withHint(reported.message, M.lint.numberHint);
    else ctx.findings.push({ file: ctx.file, ...at, severity: 'warning', rule: 'number-as-text', message: M.lint.withHint(M.lint.numberAsText(key, value), M.lint.numberHint) });
  }
};

import { plainValues } from '../scalars.js';
import type { Rule } from '../types.js';
import { M } from '../../i18n/msg.js';

/** A comment that starts right after `#` with no space: `Invoice #42`, not `value  # a note`. */
const CUT = /^[ \t]+#(?=[^\s#])([^\r\n]*)/;

/**
 * `note: Invoice #42` keeps only "Invoice": in YAML, " #" starts a comment (PITFALLS,
 * silent surprises). People write comments as "# text", so a "#" glued to the next word
 * after an unquoted value is almost surely part of the value.
 */
export const commentInValue: Rule = (ctx) => {
  for (const { value, key, end, after } of plainValues(ctx.src)) {
    const m = CUT.exec(after);
    if (!m) continue;
    const at = ctx.src.lc.linePos(end + m[0].indexOf('#'));
    ctx.findings.push({ file: ctx.file, ...at, severity: 'warning', rule: 'comment-in-value', message: M.lint.commentInValue(key, value, m[1]!) });
  }
};

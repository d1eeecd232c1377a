import type { Problem } from '../errors.js';
import type { Messages } from '../i18n/index.js';
import { word } from '../i18n/word.js';
import { safe } from './safeText.js';
import type { Style } from './style.js';

/** Longest excerpt shown under an error, in characters; longer lines are cut with `…`. */
export const EXCERPT_MAX = 160;

/**
 * Whether a line may be shown under an error. Problems carry lines only from text that
 * decoded as UTF-8 (readText refuses anything else), and still: a line with control
 * characters (other than a tab) is binary data, not something the user typed, and is
 * never printed, escaped or not (DESIGN: no excerpt of a file that is not a YAML text file).
 */
export function showableExcerpt(line: string): boolean {
  return !/[\u0000-\u0008\u000b-\u001f\u007f\ufffd]/.test(line);
}

/**
 * hledger-style error: `file:line:col: error: what is wrong`, the offending line (at most
 * EXCERPT_MAX characters, and only when it is text) with a caret under the column, and what
 * was expected, worded in the language of `m`.
 */
export function renderProblem(p: Problem, m: Messages, s: Style): string {
  const { t } = m;
  const where = p.file ? `${safe(p.file)}${p.line ? `:${p.line}:${p.col ?? 1}` : ''}: ` : '';
  const sev = p.severity === 'warning' ? s.yellow(t.err.warning) : s.red(t.err.prefix);
  const out = [`${s.bold(where)}${sev}: ${safe(word(p.message, m))}`];
  if (p.source !== undefined && p.line && showableExcerpt(p.source)) {
    const gutter = String(p.line);
    const line = safe(p.source.length > EXCERPT_MAX ? p.source.slice(0, EXCERPT_MAX) + '…' : p.source);
    // Keep the caret under the right character even after escaping earlier characters.
    const before = safe(p.source.slice(0, Math.max(0, (p.col ?? 1) - 1)));
    out.push(`  ${s.dim(`${gutter} |`)} ${line}`);
    if (before.length <= EXCERPT_MAX) out.push(`  ${' '.repeat(gutter.length)} ${s.dim('|')} ${' '.repeat(before.length)}${s.red('^')}`);
  }
  const expected = p.expected && word(p.expected, m);
  if (expected) out.push(`  ${s.dim(`${t.err.expected}:`)} ${safe(expected)}`);
  return out.join('\n');
}

export function renderProblems(problems: Problem[], m: Messages, s: Style): string {
  return problems.map((p) => renderProblem(p, m, s)).join('\n\n') + '\n';
}

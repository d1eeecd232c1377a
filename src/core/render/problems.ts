import type { Problem } from '../errors.js';
import type { Messages } from '../i18n/index.js';
import { word } from '../i18n/word.js';
import { safe } from './safeText.js';
import type { Style } from './style.js';

/**
 * hledger-style error: `file:line:col: error: what is wrong`, the offending line with a
 * caret under the column, and what was expected, worded in the language of `m`.
 */
export function renderProblem(p: Problem, m: Messages, s: Style): string {
  const { t } = m;
  const where = p.file ? `${safe(p.file)}${p.line ? `:${p.line}:${p.col ?? 1}` : ''}: ` : '';
  const sev = p.severity === 'warning' ? s.yellow(t.err.warning) : s.red(t.err.prefix);
  const out = [`${s.bold(where)}${sev}: ${safe(word(p.message, m))}`];
  if (p.source !== undefined && p.line) {
    const gutter = String(p.line);
    const line = safe(p.source.length > 160 ? p.source.slice(0, 160) + '…' : p.source);
    // Keep the caret under the right character even after escaping earlier characters.
    const before = safe(p.source.slice(0, Math.max(0, (p.col ?? 1) - 1)));
    out.push(`  ${s.dim(`${gutter} |`)} ${line}`);
    if (before.length <= 160) out.push(`  ${' '.repeat(gutter.length)} ${s.dim('|')} ${' '.repeat(before.length)}${s.red('^')}`);
  }
  const expected = p.expected && word(p.expected, m);
  if (expected) out.push(`  ${s.dim(`${t.err.expected}:`)} ${safe(expected)}`);
  return out.join('\n');
}

export function renderProblems(problems: Problem[], m: Messages, s: Style): string {
  return problems.map((p) => renderProblem(p, m, s)).join('\n\n') + '\n';
}

import type { Problem } from '../errors.js';
import type { Catalog } from '../i18n/index.js';
import { safe } from './safeText.js';
import type { Style } from './style.js';

/**
 * hledger-style error: `file:line:col: error: what is wrong`, the offending line with a
 * caret under the column, and what was expected.
 */
export function renderProblem(p: Problem, t: Catalog, s: Style): string {
  const where = p.file ? `${safe(p.file)}${p.line ? `:${p.line}:${p.col ?? 1}` : ''}: ` : '';
  const sev = p.severity === 'warning' ? s.yellow(t.err.warning) : s.red(t.err.prefix);
  const out = [`${s.bold(where)}${sev}: ${safe(p.message)}`];
  if (p.source !== undefined && p.line) {
    const gutter = String(p.line);
    const line = safe(p.source.length > 160 ? p.source.slice(0, 160) + '…' : p.source);
    // Keep the caret under the right character even after escaping earlier characters.
    const before = safe(p.source.slice(0, Math.max(0, (p.col ?? 1) - 1)));
    out.push(`  ${s.dim(`${gutter} |`)} ${line}`);
    if (before.length <= 160) out.push(`  ${' '.repeat(gutter.length)} ${s.dim('|')} ${' '.repeat(before.length)}${s.red('^')}`);
  }
  if (p.expected) out.push(`  ${s.dim(`${t.err.expected}:`)} ${safe(p.expected)}`);
  return out.join('\n');
}

export function renderProblems(problems: Problem[], t: Catalog, s: Style): string {
  return problems.map((p) => renderProblem(p, t, s)).join('\n\n') + '\n';
}

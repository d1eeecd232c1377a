import { word } from '../../i18n/word.js';
import { safe } from '../../render/safeText.js';
import { counts } from '../exitCode.js';
import type { Finding } from '../types.js';
import type { Formatter } from './types.js';

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));

/**
 * ESLint's stylish: findings grouped by file, `line:col  severity  message  rule` in aligned
 * columns, then a summary line. Text from files goes through safe(); colour is passed in.
 */
export const stylish: Formatter = (findings, { messages, style: s, files }) => {
  const m = messages.lint;
  if (!findings.length) return `${s.green(m.clean(files))}\n`;
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  const out: string[] = [];
  for (const [file, list] of byFile) {
    const rows = list.map((f) => ({ f, where: `${f.line}:${f.col}`, sev: m.severity[f.severity], msg: safe(word(f.message, messages)) }));
    const w = (k: 'where' | 'sev' | 'msg') => rows.reduce((n, r) => Math.max(n, [...r[k]].length), 0);
    const [ww, ws, wm] = [w('where'), w('sev'), w('msg')];
    out.push(s.bold(safe(file)));
    for (const r of rows) {
      const sev = r.f.severity === 'error' ? s.red(pad(r.sev, ws)) : s.yellow(pad(r.sev, ws));
      out.push(`  ${s.dim(pad(r.where, ww))}  ${sev}  ${pad(r.msg, wm)}  ${s.dim(r.f.rule)}`);
    }
    out.push('');
  }
  const { errors, warnings } = counts(findings);
  const summary = m.summary(errors, warnings);
  out.push(s.bold(errors ? s.red(summary) : s.yellow(summary)));
  return `${out.join('\n')}\n`;
};

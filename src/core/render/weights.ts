import { maxOf } from '../arrays.js';
import { pick, type Catalog, type Lang } from '../i18n/index.js';
import type { Rubric } from '../schema/rubric.js';
import { weights } from '../weights.js';
import { num, percent } from './numbers.js';
import { safe } from './safeText.js';
import type { Style } from './style.js';

/** The weight tree as a table grouped by theme, with a bar per criterion. */
export function renderWeightsText(rubric: Rubric, o: { lang: Lang; t: Catalog; style: Style; themes: Record<string, string>; head: { criterion: string; weight: string; share: string; max: string; dealbreaker: string } }): string {
  const { t, lang, style: s } = o;
  const w = weights(rubric);
  const titles = new Map(rubric.criteria.map((c) => [c.id, safe(pick(c.title, lang) || c.id)]));
  const width = Math.min(42, maxOf([...titles.values()].map((x) => x.length), 10));
  const out = [s.bold(`${o.head.criterion.padEnd(width + 2)}  ${o.head.weight.padStart(6)}  ${o.head.share.padStart(6)}  ${o.head.max}`)];
  for (const g of w.groups) {
    out.push('', `${s.bold(o.themes[g.theme] ?? g.theme)}  ${s.dim(`${num(g.weight, t)} · ${percent(g.share, t)}`)}`);
    for (const r of g.rows) {
      const bar = '█'.repeat(Math.max(1, Math.round(r.share * 40)));
      const db = r.dealbreaker ? s.red(` ${o.head.dealbreaker}`) : '';
      out.push(`  ${titles.get(r.id)!.padEnd(width)}  ${num(r.weight, t).padStart(6)}  ${percent(r.share, t).padStart(6)}  ${s.dim(`−${num(r.maxPoints, t)}`)}  ${s.cyan(bar)}${db}`);
    }
  }
  return out.join('\n') + '\n';
}

/** `[{id, theme, weight, share}]` with shares summing to 1 (DESIGN.md). */
export function weightsJson(rubric: Rubric) {
  return weights(rubric).rows.map((r) => ({ id: r.id, theme: r.theme, weight: r.weight, share: r.share, maxPoints: r.maxPoints }));
}

import type { Comparison, CriterionDelta } from '../compare.js';
import { messages, pick, type Catalog, type Lang } from '../i18n/index.js';
import { metricValue, num } from './numbers.js';

function deltaLine(d: CriterionDelta, lang: Lang, t: Catalog, currency: string | null): string {
  const x = messages(lang).explain;
  const title = pick(d.result.criterion.title, lang) || d.id;
  const v = (n: number | null) => metricValue(n, d.result.unit, t, currency);
  const diff = d.pointsTo - d.pointsFrom;
  const pts = x.pts(`${diff > 0 ? '−' : '+'}${num(Math.abs(diff), t, 1)}`);
  return x.criterionMoved(title, v(d.valueFrom), v(d.valueTo), pts);
}

/** "What changed" lines: the fit move, then the client's behaviour, then the rubric's part. */
export function compareLines(c: Comparison, lang: Lang, t: Catalog): string[] {
  const x = messages(lang).explain;
  const cur = c.to.value.currency;
  const out = [x.compareFit(c.from.fit, c.to.fit, t.verdict[c.from.verdict]!, t.verdict[c.to.verdict]!)];
  if (!c.behaviour.length && !c.rubric.length) return [...out, x.noChange];
  if (c.behaviour.length) out.push(`${x.behaviour}:`, ...c.behaviour.map((d) => `  - ${deltaLine(d, lang, t, cur)}`));
  if (c.rubric.length) out.push(`${x.rubricChange}:`, ...c.rubric.map((d) => `  - ${deltaLine(d, lang, t, cur)}`));
  return out;
}

export function compareJson(c: Comparison) {
  const d = (x: CriterionDelta) => ({ id: x.id, valueFrom: x.valueFrom, valueTo: x.valueTo, pointsLostFrom: x.pointsFrom, pointsLostTo: x.pointsTo });
  return {
    from: { asOf: c.from.asOf, rubric: c.from.rubric.id, fit: c.from.fit, verdict: c.from.verdict },
    to: { asOf: c.to.asOf, rubric: c.to.rubric.id, fit: c.to.fit, verdict: c.to.verdict },
    behaviour: c.behaviour.map(d),
    rubric: c.rubric.map(d),
  };
}

import { messages, pick, type Catalog, type Lang } from '../i18n/index.js';
import type { Report } from '../score.js';
import type { WhatIf, WhatIfChange } from '../whatIf.js';
import { metricValue } from './numbers.js';

/** One change in words a person can act on: "Scope creep: unbilled_scope_changes at most 1 (now 4) — 3 fewer". */
export function changeText(c: WhatIfChange, r: Report, lang: Lang, t: Catalog): string {
  const x = messages(lang).explain;
  const crit = r.criteria.find((k) => k.criterion.id === c.id);
  const title = crit ? pick(crit.criterion.title, lang) || c.id : c.id;
  if (c.unit === 'bool') return c.to >= 1 ? x.boolTrue(title, c.metric) : x.boolFalse(title, c.metric);
  const fmt = (v: number | null) => metricValue(v, c.unit, t, r.value.currency);
  let s = x.change(title, c.metric, x.op[c.op]!, fmt(c.to), fmt(c.from));
  if (c.unit === 'count' && c.from !== null && c.from !== c.to) s += ` — ${c.from > c.to ? x.fewer(c.from - c.to) : x.more(c.to - c.from)}`;
  return s;
}

/** The "what would change the verdict" block, as plain lines (the caller adds style). */
export function whatIfLines(w: WhatIf, r: Report, lang: Lang, t: Catalog): string[] {
  const x = messages(lang).explain;
  const out: string[] = [];
  const block = (opts: WhatIf['up'], head: (v: string, fit: number) => string) => {
    opts.forEach((o, i) => {
      out.push(`${i ? `${x.or} — ` : ''}${head(t.verdict[o.verdict]!, o.fit)}`);
      for (const c of o.changes) out.push(`  - ${changeText(c, r, lang, t)}`);
    });
  };
  block(w.up, x.up);
  block(w.down, x.down);
  if (!out.length) out.push(x.none);
  return out;
}

/** The JSON form: each option a set of criterion changes and where it lands. */
export function whatIfJson(w: WhatIf) {
  const opt = (o: WhatIf['up'][number]) => ({
    verdict: o.verdict,
    fit: o.fit,
    changes: o.changes.map((c) => ({ id: c.id, metric: c.metric, op: c.op, from: c.from, to: c.to })),
  });
  return { up: w.up.map(opt), down: w.down.map(opt) };
}

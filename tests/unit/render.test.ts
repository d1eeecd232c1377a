/**
 * The three report formats, with the `plain` style so the text can be compared: raised
 * criteria first with evidence `file:line`, the design's exact JSON keys, Spanish wording,
 * and no raw escape sequence from a user's file in text or Markdown.
 */
import { describe, expect, it } from 'vitest';
import { reportJson } from '../../src/core/render/json.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import { safeJson } from '../../src/core/render/safeText.js';
import { plain } from '../../src/core/render/style.js';
import { renderText } from '../../src/core/render/text.js';
import { score } from '../../src/core/score.js';
import { client, en, es, rubric } from './build.js';

const AS_OF = '2026-11-24';
/** Raw controls other than the newlines between lines. */
const RAW_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

// Lines: 1 name, 2 contract, 3 events:, 4 invoice, 5 complaint, 6 complaint, 7 work, 8 scope_change.
const C = client(
  `name: "Evil\\u001b[31m Corp\\u202e"
contract: {rate: 50, currency: EUR}
events:
  - {date: 2026-01-10, type: invoice, ref: F-1, amount: 1000, due: 2026-02-09, paid: 2026-03-01}
  - {date: 2026-02-10, type: complaint, note: "Rude \\u001b]0;pwn\\u0007 call"}
  - {date: 2026-03-10, type: complaint}
  - {date: 2026-03-12, type: work, hours: 20}
  - {date: 2026-04-10, type: scope_change, billed: true}
`,
  'clients/evil.yaml',
);
const R = rubric(
  `id: t
criteria:
  - {id: scope, title: {en: Scope creep, es: Amplía el alcance}, metric: unbilled_scope_changes, warn: 1, flag: 2, weight: 10}
  - {id: complaints, title: {en: Complains a lot, es: Se queja mucho}, metric: complaints, warn: 2, flag: 4, weight: 30}
  - {id: late, title: {en: Pays late, es: Paga tarde}, metric: late_invoice_ratio, warn: 0.2, flag: 0.5, weight: 20}
  - {id: mood, title: {en: Team mood, es: Ánimo del equipo}, metric: team_mood_avg, warn: 3, flag: 2, weight: 10}
`,
  null,
  'r.yaml',
);
/*
 * By hand: late 1/1 = 100% → flag, −20. Complaints 2 = warn → severity 0.5 → −15.
 * Scope 0 unbilled → quiet. Mood: no feedback → no data. Fit 100 − 35 = 65 → review.
 * Coverage: (10 + 30 + 20) / 70 = 0.857… → 0.86.
 */
const REP = score(C, R, { asOf: AS_OF });

describe('the report being rendered', () => {
  it('is what the hand calculation says', () => {
    expect(REP).toMatchObject({ fit: 65, verdict: 'review', coverage: 0.86, dealbreakers: [] });
  });
});

describe('text', () => {
  const out = renderText(REP, { lang: 'en', t: en, style: plain });
  const lines = out.split('\n');
  const at = (needle: string) => lines.findIndex((l) => l.includes(needle));

  it('opens with the name, fit and verdict', () => {
    expect(lines[0]).toContain('fit 65/100');
    expect(lines[0]).toContain(en.verdictLong.review);
  });

  it('lists raised criteria (heaviest first) before the quiet and no-data ones', () => {
    const header = at('Red flags (2)');
    const late = at('Pays late');
    const complaints = at('Complains a lot');
    const quiet = at('Quiet (1)');
    const noData = at('No data (1)');
    expect(header).toBeGreaterThan(0);
    expect([header < late, late < complaints, complaints < quiet, quiet < noData]).toEqual([true, true, true, true]);
    expect(lines[quiet]).toContain('Scope creep');
    expect(lines[noData]).toContain('Team mood');
  });

  it('shows each raised criterion’s value and points, and its evidence with date and file:line', () => {
    expect(lines[at('Pays late')]).toMatch(/late_invoice_ratio 100%\s+−20 pts/);
    expect(lines[at('Complains a lot')]).toMatch(/complaints 2\s+−15 pts/);
    const ev = lines.filter((l) => /^\s{6}\d{4}-\d{2}-\d{2}/.test(l));
    expect(ev).toHaveLength(3);
    expect(ev[0]).toMatch(/2026-01-10\s+invoice F-1 \(€1,000\.00\) paid 20 days late\s+clients\/evil\.yaml:4$/);
    expect(ev[1]).toMatch(/2026-02-10\s+complaint: Rude .* call\s+clients\/evil\.yaml:5$/);
    expect(ev[2]).toMatch(/2026-03-10\s+complaint\s+clients\/evil\.yaml:6$/);
  });

  it('ends with the value at stake, coverage and the next step', () => {
    expect(out).toContain('Invoiced (12m): €1,000.00');
    expect(out).toContain('Hours worked: 20 h');
    expect(out).toContain('Effective rate: €50.00/h (100% · contract rate €50.00/h)');
    expect(out).toContain("Scored on 86% of the rubric's weight; no data for: Team mood");
    expect(lines.filter(Boolean).at(-1)).toBe(`Next: ${en.report.nextReview('clients/evil.yaml')}`);
  });

  it('never prints raw escape sequences from the file', () => {
    expect(out).not.toMatch(RAW_UNSAFE);
    expect(out).toContain('Evil\\e[31m Corp\\u{202e}');
    expect(out).toContain('Rude \\e]0;pwn\\u{07} call');
  });

  it('says "No red flags raised." for a clean client', () => {
    const clean = renderText(score(client('name: Fine\n'), R, { asOf: AS_OF }), { lang: 'en', t: en, style: plain });
    expect(clean).toContain(en.report.noneRaised);
    expect(clean.split('\n')[0]).toContain('fit 100/100');
  });
});

describe('text in Spanish', () => {
  const out = renderText(REP, { lang: 'es', t: es, style: plain });

  it('uses Spanish wording, titles and number formats', () => {
    expect(out).toContain('encaje 65/100');
    expect(out).toContain(es.verdictLong.review);
    expect(out).toContain('Señales de alerta (2)');
    expect(out).toContain('Paga tarde');
    expect(out).toContain('Sin alerta (1): Amplía el alcance');
    expect(out).toContain('Sin datos (1): Ánimo del equipo');
    expect(out).toContain('pagada con 20 días de retraso');
    expect(out).toContain('Lo que está en juego');
    expect(out).toMatch(/1000,00\s€/); // es-ES: comma decimals, euro after the amount
    expect(out).toContain(`Siguiente paso: ${es.report.nextReview('clients/evil.yaml')}`);
  });

  it('has none of the English headings', () => {
    for (const english of ['Red flags', 'Quiet (', 'No data (', 'Value at stake', 'Pays late', 'paid 20 days late', 'Next:']) expect(out).not.toContain(english);
  });
});

describe('markdown', () => {
  const out = renderMarkdown(REP, { lang: 'en', t: en });

  it('has a title, the verdict, a table of raised criteria and evidence with file:line', () => {
    expect(out).toMatch(/^## Client fit report: /);
    expect(out).toContain(`**fit 65/100 · ${en.verdictLong.review}**`);
    expect(out).toContain('| Pays late | `late_invoice_ratio` | 100% | raised | −20 pts |');
    expect(out).toContain('| Complains a lot | `complaints` | 2 | warning | −15 pts |');
    expect(out).toContain('- 2026-01-10 · invoice F-1 (€1,000.00) paid 20 days late (`clients/evil.yaml:4`)');
    expect(out.indexOf('### Red flags (2)')).toBeLessThan(out.indexOf('**Quiet (1):** Scope creep'));
  });

  it('never prints raw escape sequences from the file', () => {
    expect(out).not.toMatch(RAW_UNSAFE);
    expect(out).not.toContain('\u001b');
  });

  it('escapes Markdown in names', () => {
    const md = renderMarkdown(score(client('name: "*Bold* | pipe [link](x)"\n'), R, { asOf: AS_OF }), { lang: 'en', t: en });
    expect(md).toContain('\\*Bold\\* \\| pipe \\[link\\](x)');
  });

  it('in Spanish', () => {
    const md = renderMarkdown(REP, { lang: 'es', t: es });
    expect(md).toContain('## Informe de encaje del cliente: ');
    expect(md).toContain('| Criterio | Métrica | Valor | Estado | Puntos |');
    // es-ES writes a (no-break) space before %.
    expect(md).toMatch(/\| Paga tarde \| `late_invoice_ratio` \| 100\s% \| activada \| −20 ptos\. \|/);
  });
});

describe('json', () => {
  const j = reportJson(REP, { lang: 'en', t: en });

  it('has exactly the design keys at every level', () => {
    expect(Object.keys(j).sort()).toEqual(['asOf', 'client', 'coverage', 'criteria', 'dealbreakers', 'fit', 'rubric', 'schema', 'value', 'verdict']);
    expect(Object.keys(j.client).sort()).toEqual(['file', 'id', 'name']);
    expect(Object.keys(j.rubric).sort()).toEqual(['file', 'id']);
    expect(Object.keys(j.value).sort()).toEqual(['currency', 'effectiveRate', 'hours', 'revenue']);
    for (const c of j.criteria) {
      expect(Object.keys(c).sort()).toEqual(['evidence', 'id', 'metric', 'pointsLost', 'severity', 'status', 'title', 'value', 'weight']);
      for (const e of c.evidence) expect(Object.keys(e).sort()).toEqual(['date', 'file', 'line', 'summary', 'type']);
    }
  });

  it('holds the values worked out by hand', () => {
    expect(j).toMatchObject({
      schema: 'clientfit/report@1',
      client: { id: 'evil', name: 'Evil\u001b[31m Corp\u202e', file: 'clients/evil.yaml' },
      asOf: AS_OF,
      rubric: { id: 't', file: 'r.yaml' },
      fit: 65,
      verdict: 'review',
      dealbreakers: [],
      value: { revenue: 1000, currency: 'EUR', hours: 20, effectiveRate: 50 },
      coverage: 0.86,
    });
    // Criteria keep the rubric's order, not the raised-first order of the text.
    expect(j.criteria.map((c) => [c.id, c.status, c.value, c.severity, c.pointsLost])).toEqual([
      ['scope', 'ok', 0, 0, 0],
      ['complaints', 'warn', 2, 0.5, 15],
      ['late', 'flag', 1, 1, 20],
      ['mood', 'ok', null, 0, 0],
    ]);
    expect(j.criteria[2]!.evidence).toEqual([
      { date: '2026-01-10', type: 'invoice', file: 'clients/evil.yaml', line: 4, summary: 'invoice F-1 (€1,000.00) paid 20 days late' },
    ]);
  });

  it('uses the report language for titles and summaries', () => {
    const j2 = reportJson(REP, { lang: 'es', t: es });
    expect(j2.criteria[2]).toMatchObject({ title: 'Paga tarde', metric: 'late_invoice_ratio' });
    expect(j2.criteria[2]!.evidence[0]!.summary).toMatch(/^factura F-1 .* pagada con 20 días de retraso$/);
  });

  it('prints through safeJson as valid JSON with no raw escapes, keeping the data exact', () => {
    const text = safeJson(j);
    expect(text.replace(/\n/g, '')).not.toMatch(RAW_UNSAFE);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(j)));
  });
});

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
 * By hand (rubric grace_days defaults to 3; no criterion has a half-life, so every event weighs 1):
 * - late: F-1 was paid 2026-03-01, 20 days after its due date 2026-02-09 — more than the
 *   3 grace days, so late: 1/1 = 100% ≥ flag 0.5 → severity 1 before evidence strength.
 *   It rests on n = 1 invoice and a ratio needs min_evidence 3, so the severity is scaled
 *   by 1/3 → 0.33 (warn, "thin evidence (1 of 3)"), points 20 × 1/3 = 6.67 (−6.7 pts).
 * - complaints: 2 = warn → severity 0.5 → −15. A count needs 1 event; it has 2: unscaled.
 * - scope: 0 unbilled → quiet. mood: no feedback → no data (thin evidence does not apply).
 * - fit: round(100 − 15 − 6.67) = round(78.33) = 78 ≥ keep 75 → keep.
 * - coverage: (10 + 30 + 20) / 70 = 0.857… → 0.86 (thin evidence still has data).
 * Heaviest first is now complaints (−15) before late (−6.7).
 */
const REP = score(C, R, { asOf: AS_OF });

describe('the report being rendered', () => {
  it('is what the hand calculation says', () => {
    expect(REP).toMatchObject({ fit: 78, verdict: 'keep', coverage: 0.86, dealbreakers: [] });
    const late = REP.criteria.find((c) => c.criterion.id === 'late')!;
    expect(late).toMatchObject({ value: 1, n: 1, minEvidence: 3, evidenceFactor: 0.33, severity: 0.33, pointsLost: 6.67, status: 'warn' });
    const complaints = REP.criteria.find((c) => c.criterion.id === 'complaints')!;
    expect(complaints).toMatchObject({ value: 2, n: 2, minEvidence: 1, evidenceFactor: 1, severity: 0.5, pointsLost: 15 });
  });
});

describe('text', () => {
  const out = renderText(REP, { lang: 'en', t: en, style: plain });
  const lines = out.split('\n');
  const at = (needle: string) => lines.findIndex((l) => l.includes(needle));

  it('opens with the name, fit and verdict', () => {
    expect(lines[0]).toContain('fit 78/100');
    expect(lines[0]).toContain(en.verdictLong.keep);
  });

  it('lists raised criteria (heaviest first) before the quiet and no-data ones', () => {
    const header = at('Red flags (2)');
    const late = at('Pays late');
    const complaints = at('Complains a lot');
    const quiet = at('Quiet (1)');
    const noData = at('No data (1)');
    expect(header).toBeGreaterThan(0);
    // Complaints (−15) outweigh the thin late-payment evidence (−6.7).
    expect([header < complaints, complaints < late, late < quiet, quiet < noData]).toEqual([true, true, true, true]);
    expect(lines[quiet]).toContain('Scope creep');
    expect(lines[noData]).toContain('Team mood');
  });

  it('shows each raised criterion’s value and points, and its evidence with date and file:line', () => {
    expect(lines[at('Pays late')]).toMatch(/late_invoice_ratio 100%\s+−6\.7 pts/);
    expect(lines[at('Complains a lot')]).toMatch(/complaints 2\s+−15 pts/);
    // The thin-evidence note sits right under the criterion it scales.
    expect(lines[at('Pays late') + 1]).toBe('      (thin evidence (1 of 3))');
    expect(out.match(/thin evidence/g)).toHaveLength(1);
    const ev = lines.filter((l) => /^\s{6}\d{4}-\d{2}-\d{2}/.test(l));
    expect(ev).toHaveLength(3);
    expect(ev[0]).toMatch(/2026-02-10\s+complaint: Rude .* call\s+clients\/evil\.yaml:5$/);
    expect(ev[1]).toMatch(/2026-03-10\s+complaint\s+clients\/evil\.yaml:6$/);
    expect(ev[2]).toMatch(/2026-01-10\s+invoice F-1 \(€1,000\.00\) paid 20 days late\s+clients\/evil\.yaml:4$/);
  });

  it('ends with the value at stake, coverage and the next step', () => {
    expect(out).toContain('Invoiced (12m): €1,000.00');
    expect(out).toContain('Hours worked: 20 h');
    expect(out).toContain('Effective rate: €50.00/h (100% · contract rate €50.00/h)');
    expect(out).toContain("Scored on 86% of the rubric's weight; no data for: Team mood");
    expect(lines.filter(Boolean).at(-1)).toBe(`Next: ${en.report.nextKeep}`);
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
    expect(out).toContain('encaje 78/100');
    expect(out).toContain(es.verdictLong.keep);
    expect(out).toContain('Señales de alerta (2)');
    expect(out).toContain('Paga tarde');
    expect(out).toContain('Sin alerta (1): Amplía el alcance');
    expect(out).toContain('Sin datos (1): Ánimo del equipo');
    expect(out).toContain('pagada con 20 días de retraso');
    expect(out).toContain('(pocas pruebas (1 de 3))');
    expect(out).toContain('Lo que está en juego');
    expect(out).toMatch(/1000,00\s€/); // es-ES: comma decimals, euro after the amount
    expect(out).toContain(`Siguiente paso: ${es.report.nextKeep}`);
  });

  it('has none of the English headings', () => {
    for (const english of ['Red flags', 'Quiet (', 'No data (', 'Value at stake', 'Pays late', 'paid 20 days late', 'thin evidence', 'Next:']) expect(out).not.toContain(english);
  });
});

describe('markdown', () => {
  const out = renderMarkdown(REP, { lang: 'en', t: en });

  it('has a title, the verdict, a table of raised criteria and evidence with file:line', () => {
    expect(out).toMatch(/^## Client fit report: /);
    expect(out).toContain(`**fit 78/100 · ${en.verdictLong.keep}**`);
    expect(out).toContain('| Pays late | `late_invoice_ratio` | 100% | warning | −6.7 pts |');
    expect(out).toContain('| Complains a lot | `complaints` | 2 | warning | −15 pts |');
    expect(out).toContain('**Pays late** _(thin evidence (1 of 3))_');
    expect(out).toContain('- 2026-01-10 · invoice F-1 (€1,000.00) paid 20 days late (`clients/evil.yaml:4`)');
    // Heaviest first: complaints (−15) before the thin late payment (−6.7).
    expect(out.indexOf('| Complains a lot |')).toBeLessThan(out.indexOf('| Pays late |'));
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
    expect(md).toMatch(/\| Paga tarde \| `late_invoice_ratio` \| 100\s% \| aviso \| −6,7 ptos\. \|/);
    expect(md).toContain('**Paga tarde** _(pocas pruebas (1 de 3))_');
  });
});

describe('a fully raised criterion (enough evidence)', () => {
  // Three invoices each paid 20 days late: 3/3 = 100% on n = 3 ≥ min_evidence 3 → flag, −20,
  // with no thin-evidence note. (The fixture above has one invoice, which only warns.)
  const full = score(
    client(
      `name: Late Ltd
events:
  - {date: 2026-01-10, type: invoice, ref: F-1, amount: 1000, due: 2026-02-09, paid: 2026-03-01}
  - {date: 2026-02-10, type: invoice, ref: F-2, amount: 1000, due: 2026-03-12, paid: 2026-04-01}
  - {date: 2026-03-10, type: invoice, ref: F-3, amount: 1000, due: 2026-04-09, paid: 2026-04-29}
`,
      'clients/late.yaml',
    ),
    R,
    { asOf: AS_OF },
  );

  it('is marked raised in text and Markdown, in English and Spanish', () => {
    expect(full.criteria.find((c) => c.criterion.id === 'late')).toMatchObject({ status: 'flag', severity: 1, pointsLost: 20, n: 3, evidenceFactor: 1 });
    const text = renderText(full, { lang: 'en', t: en, style: plain });
    expect(text).toMatch(/✖ Pays late\s+late_invoice_ratio 100%\s+−20 pts/);
    expect(text).not.toContain('thin evidence');
    expect(renderMarkdown(full, { lang: 'en', t: en })).toContain('| Pays late | `late_invoice_ratio` | 100% | raised | −20 pts |');
    expect(renderMarkdown(full, { lang: 'es', t: es })).toMatch(/\| Paga tarde \| `late_invoice_ratio` \| 100\s% \| activada \| −20 ptos\. \|/);
  });
});

describe('json', () => {
  const j = reportJson(REP, { lang: 'en', t: en });

  it('has exactly the design keys at every level', () => {
    // praise (issue 15): the good signals in the window.
    expect(Object.keys(j).sort()).toEqual(['asOf', 'client', 'coverage', 'criteria', 'dealbreakers', 'fit', 'praise', 'rubric', 'schema', 'value', 'verdict']);
    expect(Object.keys(j.praise).sort()).toEqual(['count', 'latest']);
    expect(Object.keys(j.client).sort()).toEqual(['file', 'id', 'name']);
    expect(Object.keys(j.rubric).sort()).toEqual(['file', 'id']);
    expect(Object.keys(j.value).sort()).toEqual(['currency', 'effectiveRate', 'hours', 'revenue']);
    for (const c of j.criteria) {
      // evidenceCount and minEvidence (issue 15): what the value rests on and what it takes to
      // count in full. unknownPaidDates only appears when an invoice has `paid: true` (none here).
      expect(Object.keys(c).sort()).toEqual(['evidence', 'evidenceCount', 'id', 'metric', 'minEvidence', 'pointsLost', 'severity', 'status', 'title', 'value', 'weight']);
      // weight (issue 15): how much the event counts under the criterion's half-life.
      for (const e of c.evidence) expect(Object.keys(e).sort()).toEqual(['date', 'file', 'line', 'summary', 'type', 'weight']);
    }
  });

  it('holds the values worked out by hand', () => {
    expect(j).toMatchObject({
      schema: 'clientfit/report@1',
      client: { id: 'evil', name: 'Evil\u001b[31m Corp\u202e', file: 'clients/evil.yaml' },
      asOf: AS_OF,
      rubric: { id: 't', file: 'r.yaml' },
      fit: 78,
      verdict: 'keep',
      dealbreakers: [],
      value: { revenue: 1000, currency: 'EUR', hours: 20, effectiveRate: 50 },
      coverage: 0.86,
      praise: { count: 0, latest: null },
    });
    // Criteria keep the rubric's order, not the raised-first order of the text.
    // late: 1 of 3 invoices needed → severity 1 × 1/3; counts need 1 event, samples (ratio, mean) 3.
    expect(j.criteria.map((c) => [c.id, c.status, c.value, c.severity, c.pointsLost, c.evidenceCount, c.minEvidence])).toEqual([
      ['scope', 'ok', 0, 0, 0, 0, 1],
      ['complaints', 'warn', 2, 0.5, 15, 2, 1],
      ['late', 'warn', 1, 0.33, 6.67, 1, 3],
      ['mood', 'ok', null, 0, 0, 0, 3],
    ]);
    // No half-life in this rubric: every event weighs 1.
    expect(j.criteria[2]!.evidence).toEqual([
      { date: '2026-01-10', type: 'invoice', file: 'clients/evil.yaml', line: 4, summary: 'invoice F-1 (€1,000.00) paid 20 days late', weight: 1 },
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

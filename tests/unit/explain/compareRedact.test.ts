import { describe, expect, it } from 'vitest';
import { compare } from '../../../src/core/compare.js';
import { redactReport } from '../../../src/core/redact.js';
import { renderText } from '../../../src/core/render/text.js';
import { reportJson } from '../../../src/core/render/json.js';
import { plain } from '../../../src/core/render/style.js';
import { catalogs } from '../../../src/core/i18n/index.js';
import { score } from '../../../src/core/score.js';
import { client, events, rubric } from './fixtures.js';

const old = rubric(`
id: old
criteria:
  - {id: complaints, metric: complaints, warn: 1, flag: 2, weight: 20}
`);
const stricter = rubric(`
id: new
criteria:
  - {id: complaints, metric: complaints, warn: 1, flag: 2, weight: 40}
`);
const c = client(`name: Sensitive Name S.L.
contact: {name: Ana, email: ana@x.example}
contract: {rate: 50, currency: EUR}
${events('date: 2026-06-01, type: complaint, note: Secret detail', 'date: 2026-07-01, type: complaint', 'date: 2026-07-02, type: invoice, ref: F-99, amount: 1234, due: 2026-08-01')}`);

describe('compare', () => {
  it('separates what the client did from what the rubric change did', () => {
    const then = score(c, old, { asOf: '2026-05-01' });
    const now = score(c, old, { asOf: '2026-11-24' });
    const cmp = compare(then, now, score(c, stricter, { asOf: '2026-11-24' }));
    // Behaviour: 0 → 2 complaints under the old rubric: 0 → 20 points lost.
    expect(cmp.behaviour).toMatchObject([{ id: 'complaints', valueFrom: 0, valueTo: 2, pointsFrom: 0, pointsTo: 20 }]);
    // Rubric: same data, weight 20 → 40.
    expect(cmp.rubric).toMatchObject([{ id: 'complaints', pointsFrom: 20, pointsTo: 40 }]);
    expect([cmp.from.fit, cmp.to.fit]).toEqual([100, 60]);
  });

  it('reports nothing when nothing moved', () => {
    const a = score(c, old, { asOf: '2026-08-01' });
    expect(compare(a, score(c, old, { asOf: '2026-08-02' })).behaviour).toEqual([]);
  });
});

describe('redactReport', () => {
  const r = score(c, old, { asOf: '2026-11-24' });
  const red = redactReport(r, 'Client');

  it('hides the name, notes, references and amounts but keeps the score and the lines', () => {
    const text = renderText(red, { lang: 'en', t: catalogs.en, style: plain });
    const json = JSON.stringify(reportJson(red, { lang: 'en', t: catalogs.en }));
    for (const secret of ['Sensitive', 'Secret detail', 'F-99', '1234', '1,234', 'ana@x.example', 'c.yaml']) {
      expect(text).not.toContain(secret);
      expect(json).not.toContain(secret);
    }
    expect(red.fit).toBe(r.fit);
    expect(red.criteria[0]!.evidence.map((e) => e.event.line)).toEqual(r.criteria[0]!.evidence.map((e) => e.event.line));
  });

  it('is stable: the same client always gets the same placeholder', () => {
    expect(redactReport(r, 'Client').client.name).toBe(red.client.name);
    const other = score(client('name: Someone Else\n'), old, { asOf: '2026-11-24' });
    expect(redactReport(other, 'Client').client.name).not.toBe(red.client.name);
  });
});

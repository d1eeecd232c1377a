/** How a history's moves read: text and Markdown in English and Spanish, and the JSON shape. */
import { describe, expect, it } from 'vitest';
import { parseWindow } from '../../../src/core/dates.js';
import { history, steps } from '../../../src/core/history.js';
import { catalogs } from '../../../src/core/i18n/index.js';
import { historyJson, renderHistoryMarkdown, renderHistoryText } from '../../../src/core/render/history.js';
import { plain } from '../../../src/core/render/style.js';
import { client, events, rubric } from './fixtures.js';

const R = rubric(`
id: t
window: 3m
criteria:
  - {id: complaints, title: {en: Constant criticism, es: Críticas constantes}, metric: complaints, warn: 1, flag: 2, weight: 40}
  - {id: urgency, title: {en: Everything is urgent, es: Todo es urgente}, metric: urgent_requests, warn: 1, flag: 2, weight: 30}
`);
// Two complaints in March (the second with an escape sequence in its note), both gone by July.
const c = client(
  `name: A\n${events('date: 2026-03-10, type: complaint, note: Tone', 'date: 2026-03-20, type: complaint, note: "\\e[31mred"', 'date: 2026-03-21, type: praise')}`,
  'clients/a.yaml',
);
const h = history(c, R, steps('2026-03-01', '2026-07-01', parseWindow('1m')!));
const text = (lang: 'en' | 'es') => renderHistoryText(h, { lang, t: catalogs[lang], style: plain });

describe('history text', () => {
  it('shows each move, its criteria and their parts with whole points that add up', () => {
    const out = text('en');
    expect(out).toContain('2026-03-01 → 2026-04-01: fit 100 → 60 (−40)\n    Constant criticism  −40\n');
    expect(out).toContain('      2026-03-10  complaint: Tone  (clients/a.yaml:3)  −20\n');
    expect(out).toContain('2026-06-01 → 2026-07-01: fit 60 → 100 (+40)\n    Constant criticism  +40\n      time passed (2 events left the window)  +40\n');
    // The praise moved nothing and is named nowhere; a criterion that did not move has no line.
    expect(out).not.toContain('praise');
    expect(out).not.toContain('Everything is urgent');
  });

  it('escapes control characters from the files', () => {
    const out = text('en');
    expect(out).not.toContain('\u001b');
    expect(out).toContain('complaint: \\e[31mred  (clients/a.yaml:4)  −20');
  });

  it('speaks Spanish', () => {
    const out = text('es');
    expect(out).toContain('Los mayores cambios');
    expect(out).toContain('2026-03-01 → 2026-04-01: encaje 100 → 60 (−40)\n    Críticas constantes  −40\n');
    expect(out).toContain('el paso del tiempo (2 eventos salieron del periodo)  +40');
  });

  it('folds events past the fifth into one "N more events" line carrying their points', () => {
    // warn 1, flag 8, weight 40: the first complaint costs 20, each of the next seven 2.86.
    const r = rubric(`
id: t
window: 3m
criteria:
  - {id: complaints, metric: complaints, warn: 1, flag: 8, weight: 40}
`);
    const many = client(`name: A\n${events(...Array.from({ length: 8 }, (_, i) => `date: 2026-03-1${i}, type: complaint`))}`);
    const hm = history(many, r, ['2026-03-01', '2026-04-01']);
    const out = renderHistoryText(hm, { lang: 'en', t: catalogs.en, style: plain });
    const lines = out.split('\n');
    const under = lines.slice(lines.findIndex((l) => l.startsWith('    complaints')) + 1).filter((l) => l.startsWith('      '));
    expect(under).toHaveLength(6);
    expect(under[5]).toMatch(/^ {6}3 more events {2}−\d+$/);
    const points = under.map((l) => Number(l.slice(l.lastIndexOf(' ') + 1).replace('−', '-')));
    expect(points.reduce((s, p) => s + p, 0)).toBe(-40);
  });

  it('says when the fit is held at 0 and the parts were scaled', () => {
    const r = rubric(`
id: t
window: 3m
criteria:
  - {id: complaints, metric: complaints, warn: 0.5, flag: 1, weight: 80}
  - {id: urgency, metric: urgent_requests, warn: 0.5, flag: 1, weight: 60}
`);
    const hc = history(client(`name: A\n${events('date: 2026-02-10, type: urgent_request', 'date: 2026-03-10, type: complaint')}`), r, ['2026-03-01', '2026-04-01']);
    expect(renderHistoryText(hc, { lang: 'en', t: catalogs.en, style: plain })).toContain('    fit cannot go below 0: the parts add up to −80 and are scaled to the change\n    complaints  −40\n');
    expect(renderHistoryText(hc, { lang: 'es', t: catalogs.es, style: plain })).toContain('el encaje no puede bajar de 0: las partes suman −80 y se han ajustado al cambio');
  });
});

describe('history Markdown', () => {
  it('lists the same parts, escaped', () => {
    const md = renderHistoryMarkdown(h, { lang: 'en', t: catalogs.en });
    expect(md).toContain('- **2026-03-01 → 2026-04-01: fit 100 → 60 (−40)**\n  - Constant criticism: **−40**\n    - 2026-03-10 · complaint: Tone (`clients/a.yaml:3`): −20\n');
    expect(md).toContain('    - time passed (2 events left the window): +40');
    expect(md).not.toContain('\u001b');
  });
});

describe('history JSON', () => {
  it('carries whole and exact points for every criterion and part', () => {
    const all = history(c, R, steps('2026-03-01', '2026-07-01', parseWindow('1m')!), { moves: 'all' });
    const j = historyJson(all, { t: catalogs.en });
    expect(j.moves).toHaveLength(2);
    expect(j.moves[0]).toEqual({
      from: '2026-03-01',
      to: '2026-04-01',
      fitFrom: 100,
      fitTo: 60,
      change: -40,
      rawChange: -40,
      clampedAt: null,
      criteria: [
        {
          id: 'complaints',
          title: 'Constant criticism',
          points: -40,
          exact: -40,
          events: [
            { date: '2026-03-10', type: 'complaint', file: 'clients/a.yaml', line: 3, summary: 'complaint: Tone', points: -20, exact: -20 },
            { date: '2026-03-20', type: 'complaint', file: 'clients/a.yaml', line: 4, summary: 'complaint: \u001b[31mred', points: -20, exact: -20 },
          ],
          more: null,
          others: null,
          time: { points: 0, exact: 0, reasons: [] },
        },
      ],
    });
    expect(j.moves[1]!.criteria[0]!.time).toEqual({ points: 40, exact: 40, reasons: [{ kind: 'left', count: 2 }] });
  });
});

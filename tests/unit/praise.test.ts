/**
 * Praise and good signals (DESIGN.md, "Trusting the data"): the report counts the praise
 * events in the rubric's window and names the latest, and the text and Markdown reports
 * show a "Good signals (n)" line. As-of is 2026-11-24; the 12m window starts (exclusive)
 * on 2025-11-24.
 */
import { describe, expect, it } from 'vitest';
import { reportJson } from '../../src/core/render/json.js';
import { renderMarkdown } from '../../src/core/render/markdown.js';
import { plain } from '../../src/core/render/style.js';
import { renderText } from '../../src/core/render/text.js';
import { score } from '../../src/core/score.js';
import { en, es, rubric, withEvents } from './build.js';

const AS_OF = '2026-11-24';
const R = rubric('criteria:\n  - {id: c, metric: complaints, warn: 1, flag: 3, weight: 10}\n');

// Lines: 3 before the window, 4 and 5 in it (5 the latest), 6 after as-of.
const C = withEvents([
  'date: 2025-11-24, type: praise, note: Too old',
  'date: 2026-03-01, type: praise',
  'date: 2026-10-15, type: praise, note: Loved the launch',
  'date: 2026-12-01, type: praise, note: Not yet',
  'date: 2026-06-01, type: complaint',
]);
const REP = score(C, R, { asOf: AS_OF });

describe('praise in the report', () => {
  it('counts the praise in the window and names the latest', () => {
    expect(REP.praise.count).toBe(2);
    expect(REP.praise.latest).toMatchObject({ date: '2026-10-15', note: 'Loved the launch', line: 5 });
  });

  it('does not change the fit: praise is shown, not scored', () => {
    const without = score(withEvents(['date: 2026-06-01, type: complaint']), R, { asOf: AS_OF });
    expect(REP.fit).toBe(without.fit);
  });

  it('is zero with no latest when there is none', () => {
    expect(score(withEvents([]), R, { asOf: AS_OF }).praise).toEqual({ count: 0, latest: null });
  });

  it('follows the rubric window', () => {
    const short = rubric('window: 3m\ncriteria:\n  - {id: c, metric: complaints, warn: 1, flag: 3, weight: 10}\n');
    // Only 2026-10-15 is within three months of as-of.
    expect(score(C, short, { asOf: AS_OF }).praise.count).toBe(1);
  });

  it('is in JSON with the latest date, note, file and line', () => {
    expect(reportJson(REP, { lang: 'en', t: en }).praise).toEqual({ count: 2, latest: { date: '2026-10-15', note: 'Loved the launch', file: 'c.yaml', line: 5 } });
  });
});

describe('the "Good signals" line', () => {
  it('is shown in the English text report', () => {
    expect(renderText(REP, { lang: 'en', t: en, style: plain })).toContain('Good signals (2): latest 2026-10-15: Loved the launch');
  });

  it('is shown in the Spanish text report', () => {
    expect(renderText(REP, { lang: 'es', t: es, style: plain })).toContain('Señales positivas (2): la última, 2026-10-15: Loved the launch');
  });

  it('is shown in Markdown', () => {
    expect(renderMarkdown(REP, { lang: 'en', t: en })).toContain('**Good signals (2):** latest 2026-10-15: Loved the launch');
  });

  it('gives only the date when the latest praise has no note', () => {
    const rep = score(withEvents(['date: 2026-10-15, type: praise']), R, { asOf: AS_OF });
    expect(renderText(rep, { lang: 'en', t: en, style: plain })).toContain('Good signals (1): latest 2026-10-15\n');
  });

  it('is left out without praise', () => {
    const text = renderText(score(withEvents([]), R, { asOf: AS_OF }), { lang: 'en', t: en, style: plain });
    expect(text).not.toContain('Good signals');
  });
});

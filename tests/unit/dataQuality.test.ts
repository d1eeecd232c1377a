import { describe, expect, it } from 'vitest';
import { checkSource, dataQuality } from '../../src/core/lint/dataQuality.js';
import { parseEventsFile } from '../../src/core/fastSource.js';
import { parseYaml } from '../../src/core/yamlSource.js';
import { draftConflicts } from '../../src/core/edit/draftConflicts.js';
import { parseAmount } from '../../src/cli/commands/paid.js';
import { wordEn } from './build.js';

const TEXT = `name: T
events:
  - {date: 2026-10-01, type: invoce, ref: A-1, amount: 100, due: 2026-10-31}
  - {date: 2026-10-02, type: invoice, ref: A-2, amount: 200, due: 2026-11-01, payed: 2026-10-30}
  - {date: 2026-12-30, type: complaint}
`;

describe('checkSource (the data-quality gate)', () => {
  it('finds what lint finds on events, at the same places, also on a fast-read source', () => {
    const fast = parseEventsFile(TEXT, 'c.yaml', 'client');
    const full = parseYaml(TEXT, 'c.yaml', 'client');
    if (!fast.ok || !full.ok) throw new Error('parse');
    expect(fast.src.partial).toBeDefined();
    const a = checkSource(fast.src, 'client', '2026-11-24');
    const b = checkSource(full.src, 'client', '2026-11-24');
    expect(a).toEqual(b);
    expect(a.map((f) => `${f.line}:${f.col} ${f.rule}`)).toEqual(['3:30 unknown-event-type', '4:79 unknown-event-field', '5:12 future-date']);
  });

  it('counts ignored events (near-miss types) and doubtful ones once each', () => {
    const full = parseYaml(TEXT, 'c.yaml', 'client');
    if (!full.ok) throw new Error('parse');
    const q = dataQuality(checkSource(full.src, 'client', '2026-11-24'));
    expect(q).toMatchObject({ ignoredEvents: 1, doubtfulEvents: 2 });
    expect(wordEn(q.warnings[1]!.message)).toContain('did you mean `paid`?');
  });

  it('says nothing about a clean file, and does not re-check the schema', () => {
    const full = parseYaml('name: T\nevents:\n  - {date: 2026-10-01, type: complaint}\n', 'c.yaml', 'client');
    if (!full.ok) throw new Error('parse');
    expect(checkSource(full.src, 'client', '2026-11-24')).toEqual([]);
  });
});

describe('draftConflicts (what log refuses)', () => {
  const refs = new Map([['R-1', 'c.yaml:3']]);
  const d = (...pairs: [string, string | number | boolean][]) => [['date', '2026-11-01'] as const, ...pairs];
  it('a taken ref, a date before the event, a near-miss type', () => {
    expect(draftConflicts(d(['type', 'invoice'], ['ref', 'R-1']), refs, false).map((p) => wordEn(p.message))).toEqual(['invoice ref R-1 is already used, at c.yaml:3']);
    expect(draftConflicts(d(['type', 'message'], ['answered', '2026-10-31']), refs, false)).toHaveLength(1);
    expect(draftConflicts(d(['type', 'invoce']), refs, false)).toHaveLength(1);
  });
  it('lets through a new ref, a same-day answer, and a near miss with force', () => {
    expect(draftConflicts(d(['type', 'invoice'], ['ref', 'R-2']), refs, false)).toEqual([]);
    expect(draftConflicts(d(['type', 'message'], ['answered', '2026-11-01']), refs, false)).toEqual([]);
    expect(draftConflicts(d(['type', 'invoce']), refs, true)).toEqual([]);
    expect(draftConflicts(d(['type', 'check_in']), refs, false)).toEqual([]);
  });
});

describe('parseAmount (--amount of clientfit paid)', () => {
  const amount = (s: string, lang: 'en' | 'es') => {
    const r = parseAmount(s, lang);
    return r.ok ? r.value : null;
  };
  it.each([
    ['900', 900],
    ['1250.50', 1250.5],
    ['1250,50', 1250.5],
    ['1.250,50', 1250.5],
    ['1.250', 1250],
    ['12,5', 12.5],
  ])('Spanish: %s is %d', (s, n) => expect(amount(s, 'es')).toBe(n));
  it.each([
    ['900', 900],
    ['1250.50', 1250.5],
  ])('English: %s is %d', (s, n) => expect(amount(s, 'en')).toBe(n));
  it.each(['0', '-5', 'abc', '1,2,3', '1e308', '', '1000000000000'])('refuses %s in both languages', (s) => {
    expect(amount(s, 'es')).toBeNull();
    expect(amount(s, 'en')).toBeNull();
  });
  it('English: a comma is refused with what to type instead (1,500 is never read as 1.5)', () => {
    expect(parseAmount('1250,50', 'en')).toEqual({ ok: false, reason: 'comma', suggestion: '1250.50' });
    expect(parseAmount('1,500', 'en')).toEqual({ ok: false, reason: 'comma', suggestion: '1500', alternative: '1.5' });
  });
});

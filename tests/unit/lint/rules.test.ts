/**
 * Rules on inline YAML: the wording users see (hints, values quoted back) and the cases a
 * fixture file cannot show on its own (what `extends` resolved to is passed in directly).
 */
import { describe, expect, it } from 'vitest';
import { buildRubric } from '../../../src/core/rubric.js';
import type { Rubric } from '../../../src/core/schema/rubric.js';
import { parseYaml } from '../../../src/core/yamlSource.js';
import { brief, lintText, ofRule } from './helpers.js';

/** A small parent rubric, built the way loadRubric builds one. */
function parentRubric(yaml: string): Rubric {
  const p = parseYaml(yaml, 'parent.yaml', 'rubric');
  if (!p.ok) throw new Error('bad test parent');
  const r = buildRubric(p.src, null);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

const PARENT = parentRubric(`
id: base
title: {en: Base, es: Base}
bands: {keep: 70, review: 40}
criteria:
  - id: late
    title: {en: Late, es: Tarde}
    why: {en: Why, es: Por qué}
    talking_point: {en: Say, es: Di}
    metric: late_invoice_ratio
    warn: 0.2
    flag: 0.5
    weight: 20
`);
const ok = { status: 'ok' as const, ref: './parent.yaml', rubric: PARENT };

describe('did-you-mean hints', () => {
  it('names the nearest metric', () => {
    const [f] = ofRule(lintText('criteria:\n  - {id: a, metric: complains, warn: 1, flag: 2, weight: 5}\n'), 'unknown-metric');
    expect(f?.message).toBe('unknown metric `complains`; did you mean `complaints`?');
  });
  it('gives no hint when nothing is close', () => {
    const [f] = ofRule(lintText('criteria:\n  - {id: a, metric: happiness_index, warn: 1, flag: 2, weight: 5}\n'), 'unknown-metric');
    expect(f?.message).toBe('unknown metric `happiness_index`');
  });
  it('names the nearest top-level key and points at the key, not its value', () => {
    const fs = ofRule(lintText('name: ACME\nindsutry: retail\n'), 'unknown-key');
    expect(brief(fs)).toEqual(['2:1 warning unknown-key']);
    expect(fs[0]!.message).toBe('unknown key `indsutry`, ignored; did you mean `industry`?');
  });
  it('checks keys inside criteria and nested profile sections too', () => {
    const fs = lintText('name: ACME\ncontract:\n  termination: {notice_dayz: 30}\n');
    // `notice_days` is then missing too: the schema says so at the termination mapping.
    expect(brief(ofRule(fs, 'unknown-key'))).toEqual(['3:17 warning unknown-key']);
    expect(ofRule(fs, 'unknown-key')[0]!.message).toContain('did you mean `notice_days`?');
  });
  it('names the nearest field of a built-in event type', () => {
    const [f] = ofRule(lintText('events:\n  - {date: 2026-01-01, type: invoice, ref: F-1, amount: 5, due: 2026-02-01, payed: 2026-01-20}\n'), 'unknown-event-field');
    expect(f?.message).toBe('`payed` is not a field of `invoice` events, so it is ignored; did you mean `paid`?');
  });
  it('leaves custom event types alone unless one is close to a built-in', () => {
    const fs = lintText('events:\n  - {date: 2026-01-01, type: podcast_guest}\n  - {date: 2026-01-02, type: abuses}\n');
    expect(brief(ofRule(fs, 'unknown-event-type'))).toEqual(['3:30 warning unknown-event-type']);
    expect(fs[0]!.message).toContain('did you mean `abuse`?');
  });
});

describe('client and log rules', () => {
  it('accepts a short_name in a profile and a voice in settings, and refuses a voice that is neither i nor we', () => {
    expect(lintText('name: ACME Retail S.L.\nshort_name: ACME Retail\n', { kind: 'client' })).toEqual([]);
    expect(lintText('me: {name: Ana, voice: i}\n', { kind: 'settings', file: '.clientfit.yaml' })).toEqual([]);
    expect(brief(lintText('me: {name: Ana, voice: they}\n', { kind: 'settings', file: '.clientfit.yaml' }))).toEqual(['1:24 error schema']);
  });
  it('quotes both dates when an invoice is paid before it was issued', () => {
    const [f] = ofRule(lintText('events:\n  - {date: 2026-03-10, type: invoice, ref: F-1, amount: 1, due: 2026-04-10, paid: 2026-03-01}\n'), 'date-order');
    expect(f?.message).toBe('`paid` (2026-03-01) is before the event\'s `date` (2026-03-10)');
  });
  it('says where the first of two duplicate refs is, and treats ref 7 and "7" as the same', () => {
    const fs = ofRule(lintText('events:\n  - {date: 2026-01-01, type: invoice, ref: 7, amount: 1, due: 2026-02-01}\n  - {date: 2026-01-02, type: invoice, ref: "7", amount: 1, due: 2026-02-01}\n', { file: 'c.yaml' }), 'duplicate-ref');
    expect(fs.map((f) => f.message)).toEqual(['invoice `ref` 7 is used twice; the first is at c.yaml:2']);
  });
  it('future dates count from the as-of passed in: the same file is quiet a year later', () => {
    const yaml = 'events:\n  - {date: 2026-12-01, type: complaint}\n';
    expect(ofRule(lintText(yaml, { asOf: '2026-11-30' }), 'future-date')).toHaveLength(1);
    expect(ofRule(lintText(yaml, { asOf: '2026-12-01' }), 'future-date')).toHaveLength(0);
  });
  it('an outcome must not be ahead of today, and its label is bad or good (calibrate)', () => {
    const yaml = 'name: A\noutcome: {date: 2026-12-01, label: bad, note: Paid late}\n';
    const [f] = ofRule(lintText(yaml, { asOf: '2026-11-30' }), 'future-date');
    expect(f).toMatchObject({ line: 2, severity: 'warning', message: '`outcome.date` is 2026-12-01, after today (2026-11-30)' });
    expect(ofRule(lintText(yaml, { asOf: '2026-12-01' }), 'future-date')).toHaveLength(0);
    const bad = lintText('name: A\noutcome: {date: 2026-01-01, label: meh}\n');
    expect(bad.filter((x) => x.severity === 'error').map((x) => [x.line, x.rule])).toEqual([[2, 'schema']]);
    expect(brief(lintText('name: A\noutcome: {date: 2026-01-01, label: good}\n', { asOf: '2026-11-30' }))).toEqual([]);
    // The date is required: an outcome without one cannot be placed in time.
    expect(lintText('name: A\noutcome: {label: good}\n').some((x) => x.severity === 'error')).toBe(true);
  });
  it('an impossible date is its own rule, not a generic schema error', () => {
    expect(brief(lintText('name: A\nsince: 2025-02-29\n'))).toEqual(['2:8 error impossible-date']);
  });
  it('a note cut by " #" reports what was kept and what was lost', () => {
    const [f] = ofRule(lintText('events:\n  - date: 2026-01-01\n    type: complaint\n    note: Ticket #1234 reopened\n'), 'comment-in-value');
    expect(f?.message).toBe('`note` stops at "Ticket": " #1234 reopened" was read as a YAML comment; put the whole value in quotes');
  });
  it('a formatted number already reported by the schema is not reported twice: the schema finding gets the hint', () => {
    const fs = lintText('events:\n  - date: 2026-01-01\n    type: invoice\n    ref: F-1\n    amount: 1,500.00\n    due: 2026-02-01\n');
    expect(brief(fs)).toEqual(['5:13 error schema']);
    expect(fs[0]!.message).toBe(
      '`events[0].amount` should be a number, but it is the text "1,500.00"; write numbers without a thousands separator and with a dot for decimals, such as 1500.5',
    );
  });
  it('a decimal comma in a rubric threshold gets the same hint', () => {
    // Only the schema finding matters here; the criterion is incomplete on purpose.
    const fs = ofRule(lintText('criteria:\n  - id: abuse\n    warn: 0,5\n'), 'schema');
    expect(brief(fs)).toEqual(['3:11 error schema']);
    expect(fs[0]!.message).toMatch(/the text "0,5"; write numbers without a thousands separator/);
  });
  it('a formatted number in a custom field is a warning of its own', () => {
    const fs = lintText('events:\n  - date: 2026-01-01\n    type: retainer_cut\n    lost: 1.500,00\n');
    expect(fs.map((f) => `${f.line}:${f.col} ${f.rule}: ${f.message}`)).toEqual([
      '4:11 number-as-text: `lost` is the text "1.500,00", not a number; write numbers without a thousands separator and with a dot for decimals, such as 1500.5',
    ]);
  });
  it('Spanish wording comes from the Spanish catalogue', () => {
    const [f] = lintText('name: A\nindsutry: x\n', { file: 'c.yaml', lang: 'es' });
    expect(f?.message).toBe('clave desconocida `indsutry` (se ignora); ¿querías decir `industry`?');
  });
});

describe('rubric rules with a resolved parent', () => {
  it('warn == flag counts inherited values: overriding warn to the parent flag is caught at `warn`', () => {
    const fs = lintText('extends: ./parent.yaml\ncriteria:\n  - {id: late, warn: 0.5}\n', { parent: ok });
    expect(brief(fs)).toEqual(['3:22 error warn-equals-flag']);
  });
  it('an override of an inherited criterion needs no metric of its own', () => {
    expect(lintText('extends: ./parent.yaml\ncriteria:\n  - {id: late, weight: 10}\n', { parent: ok })).toEqual([]);
  });
  it('inherited wording counts: overriding only the English title keeps the Spanish one', () => {
    expect(lintText('extends: ./parent.yaml\ncriteria:\n  - {id: late, title: {en: Pays late}}\n', { parent: ok })).toEqual([]);
  });
  it('bands are judged after inheritance: keep 40 against the parent review 40', () => {
    expect(brief(lintText('extends: ./parent.yaml\nbands: {keep: 40}\n', { parent: ok }))).toEqual(['2:15 error bands-order']);
  });
  it('a disabled criterion is not checked for completeness or wording', () => {
    expect(lintText('extends: ./parent.yaml\ncriteria:\n  - {id: late, enabled: false}\n  - {id: gone, enabled: false}\n', { parent: ok })).toEqual([]);
  });
  it('with an unresolved parent, only the extends finding speaks: no guesses about what it would have inherited', () => {
    const fs = lintText('extends: ./nowhere.yaml\ncriteria:\n  - {id: late, weight: 10}\n', { parent: { status: 'missing', ref: './nowhere.yaml', builtin: false } });
    expect(brief(fs)).toEqual(['1:10 error extends']);
  });
  it('without extends, a new criterion needs all four fields: one finding per missing field', () => {
    const fs = lintText('title: {en: T, es: T}\ncriteria:\n  - id: a\n    title: {en: A, es: A}\n    why: {en: W, es: W}\n    talking_point: {en: P, es: P}\n    metric: abuse\n');
    expect(fs.map((f) => f.message)).toEqual([
      'criterion `a` has no `warn`, neither its own nor inherited through `extends`',
      'criterion `a` has no `flag`, neither its own nor inherited through `extends`',
      'criterion `a` has no `weight`, neither its own nor inherited through `extends`',
    ]);
  });
  it('the first-person talking point is optional, merged per language through extends, and needs both languages once written', () => {
    expect(lintText('extends: ./parent.yaml\ncriteria:\n  - {id: late, talking_point_i: {en: I say, es: Digo}}\n', { parent: ok })).toEqual([]);
    const fs = ofRule(lintText('extends: ./parent.yaml\ncriteria:\n  - {id: late, talking_point_i: {en: I say}}\n', { parent: ok }), 'missing-wording');
    expect(fs.map((f) => f.message)).toEqual(['criterion `late` has no Spanish wording for `talking_point_i`']);
    const parent = parentRubric('criteria:\n  - {id: late, metric: late_invoice_ratio, warn: 0.2, flag: 0.5, weight: 20, talking_point_i: {en: I say, es: Digo}}\n');
    const p = parseYaml('extends: ./parent.yaml\ncriteria:\n  - {id: late, talking_point_i: {en: I now say}}\n', 'r.yaml', 'rubric');
    if (!p.ok) throw new Error('bad test rubric');
    const built = buildRubric(p.src, parent);
    expect(built.ok && built.value.criteria[0]!.talking_point_i).toEqual({ en: 'I now say', es: 'Digo' });
  });
  it('a rubric with no title at all is told which languages are missing', () => {
    const fs = ofRule(lintText('criteria: []\n'), 'missing-wording');
    expect(fs.map((f) => f.message)).toEqual(['the rubric has no English or Spanish `title`']);
  });
});

describe('schema rule', () => {
  it('a value that is not a date at all is one finding, not also an impossible date', () => {
    // "  - {date: 2026-01-01, type: invoice, ref: F-1, amount: 1, due: " is 64 characters: due's value at 2:65.
    const fs = lintText('events:\n  - {date: 2026-01-01, type: invoice, ref: F-1, amount: 1, due: soon}\n');
    expect(brief(fs)).toEqual(['2:65 error schema']);
    expect(fs[0]!.message).toBe('`events[0].due` should be a date, but it is the text "soon" (expected: YYYY-MM-DD, such as 2026-01-31)');
  });
});

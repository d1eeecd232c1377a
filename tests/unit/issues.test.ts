/**
 * Schema issues as users see them (validate → issueToProblem): the field by name, the value
 * found, what was expected, and line:col pointing at the value (or at the event that lacks
 * a field). Columns are counted by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/core/client.js';
import type { Problem } from '../../src/core/errors.js';
import { fieldName } from '../../src/core/issues.js';
import { clientSchema } from '../../src/core/schema/client.js';
import { logSchema } from '../../src/core/schema/event.js';
import { rubricSchema } from '../../src/core/schema/rubric.js';
import type { Lang } from '../../src/core/i18n/index.js';
import { en, es, source, worded, type Worded } from './build.js';

/** The schema problems of `yaml`, worded in `lang`. */
function problemsOf(schema: ReturnType<typeof clientSchema | typeof logSchema | typeof rubricSchema>, yaml: string, lang: Lang = 'en'): Worded<Problem>[] {
  const r = validate(schema, source(yaml, 'f.yaml'));
  if (r.ok) throw new Error('expected schema problems');
  return r.problems.map((p) => worded(p, lang));
}
const client = (yaml: string, lang: Lang = 'en') => problemsOf(clientSchema(), yaml, lang);

describe('wrong type', () => {
  // "  - {date: 2026-01-01, type: invoice, ref: F-1, amount: " is 56 characters: the value starts at col 57.
  const yaml = 'name: T\nevents:\n  - {date: 2026-01-01, type: invoice, ref: F-1, amount: "1,500.00", due: 2026-02-01}\n';

  it('names the field and the value, and points at the value', () => {
    const ps = client(yaml);
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ code: 'schema', file: 'f.yaml', line: 3, col: 57, expected: 'a number' });
    expect(ps[0]!.message).toBe('`events[0].amount` should be a number, but it is the text "1,500.00"');
    expect(ps[0]!.source).toBe('  - {date: 2026-01-01, type: invoice, ref: F-1, amount: "1,500.00", due: 2026-02-01}');
  });

  it('says it in Spanish with the Spanish catalogue', () => {
    const [p] = client(yaml, 'es');
    expect(p!.message).toBe('`events[0].amount` debería ser un número, pero es el texto "1,500.00"');
    expect(p!.expected).toBe('un número');
  });

  it('describes booleans, lists and mappings found where a value was expected', () => {
    const ps = client('name: T\nprofile:\n  in_niche: "yes"\n  budget_fits: [true]\ncontract: {rate: {eur: 60}}\n');
    expect(ps.map((p) => [p.line, p.message])).toEqual([
      [3, '`profile.in_niche` should be true or false, but it is the text "yes"'],
      [4, '`profile.budget_fits` should be true or false, but it is a list'],
      [5, '`contract.rate` should be a number, but it is a mapping'],
    ]);
  });

  it('shortens a long value in the message', () => {
    const long = 'x'.repeat(60);
    const [p] = client(`name: T\ncontract: {rate: ${long}}\n`);
    expect(p!.message).toContain(`"${'x'.repeat(37)}..."`);
    expect(p!.message).not.toContain('x'.repeat(38));
  });
});

describe('missing required field', () => {
  it('points at the event that lacks it', () => {
    const ps = client('name: T\nevents:\n  - {date: 2026-01-01, type: complaint}\n  - {date: 2026-01-02, type: invoice, ref: F-1, due: 2026-02-01}\n');
    expect(ps).toHaveLength(1);
    // The event's `{` is column 5 of line 4.
    expect(ps[0]).toMatchObject({ line: 4, col: 5, message: '`events[1].amount` is required here', expected: 'a number' });
  });

  it('asks an invoice for its ref, as for its amount and due, with an example, in English and Spanish', () => {
    const yaml = 'name: T\nevents:\n  - {date: 2026-01-02, type: invoice, amount: 900, due: 2026-02-01}\n';
    const [p] = client(yaml);
    expect(p).toMatchObject({ line: 3, col: 5, message: '`events[0].ref` is required here', expected: "the invoice's number, such as  ref: F-2026-001" });
    const [q] = client(yaml, 'es');
    expect(q).toMatchObject({ message: 'falta `events[0].ref`, que es obligatorio aquí', expected: 'el número de la factura, por ejemplo  ref: F-2026-001' });
  });

  it('refuses an empty ref: it names no invoice', () => {
    const [p] = client('name: T\nevents:\n  - {date: 2026-01-02, type: invoice, ref: "", amount: 900, due: 2026-02-01}\n');
    expect(p).toMatchObject({ line: 3, col: 44, message: '`events[0].ref` must not be empty', expected: "the invoice's number, such as  ref: F-2026-001" });
  });

  it('asks for a date in YYYY-MM-DD when the missing field is a date', () => {
    const [p] = client('name: T\nevents:\n  - type: complaint\n');
    expect(p).toMatchObject({ line: 3, col: 5, message: '`events[0].date` is required here', expected: en.issue.dateExpected });
  });

  it('points at the top of the file for a missing name', () => {
    const [p] = client('industry: retail\n');
    expect(p).toMatchObject({ line: 1, col: 1, message: '`name` is required here' });
  });

  it('in Spanish', () => {
    const [p] = client('industry: retail\n', 'es');
    expect(p!.message).toBe('falta `name`, que es obligatorio aquí');
  });
});

describe('dates', () => {
  it('refuses an impossible date such as 2024-02-30, at the value', () => {
    // "  - {date: " is 11 characters: the date starts at col 12.
    const [p] = client('name: T\nevents:\n  - {date: 2024-02-30, type: complaint}\n');
    expect(p).toMatchObject({ line: 3, col: 12, expected: en.issue.dateExpected });
    expect(p!.message).toBe('`events[0].date` is the text "2024-02-30", which is not a real calendar date');
  });

  it('refuses a date in another shape', () => {
    const [p] = client('name: T\nsince: 01/02/2024\n');
    expect(p).toMatchObject({ line: 2, col: 8, message: '`since` should be a date, but it is the text "01/02/2024"' });
  });

  it('refuses an impossible date in Spanish', () => {
    const [p] = client('name: T\nsince: 2023-02-29\n', 'es');
    expect(p!.message).toBe('`since` es el texto "2023-02-29", que no existe en el calendario');
    expect(p!.expected).toBe(es.issue.dateExpected);
  });
});

describe('enums and ranges', () => {
  it('lists the allowed values of an enum', () => {
    // "profile: {tier: " is 16 characters.
    const [p] = client('name: T\nprofile: {tier: gold}\n');
    expect(p).toMatchObject({ line: 2, col: 17, message: '`profile.tier` cannot be the text "gold"', expected: 'one of: ideal, real, scalable, outside' });
  });

  it('lists them in Spanish too', () => {
    const [p] = client('name: T\ncontract: {rate_unit: week}\n', 'es');
    expect(p!.message).toBe('`contract.rate_unit` no admite el texto "week"');
    expect(p!.expected).toBe('uno de estos valores: hour, day, month, project');
  });

  it('keeps mood between 1 and 5 and whole', () => {
    const ps = client(
      'name: T\nevents:\n  - {date: 2026-01-01, type: team_feedback, mood: 7}\n  - {date: 2026-01-01, type: team_feedback, mood: 0}\n  - {date: 2026-01-01, type: team_feedback, mood: 2.5}\n',
    );
    // "  - {date: 2026-01-01, type: team_feedback, mood: " is 50 characters.
    expect(ps.map((p) => [p.line, p.col, p.message])).toEqual([
      [3, 51, '`events[0].mood` must be at most 5'],
      [4, 51, '`events[1].mood` must be at least 1'],
      [5, 51, '`events[2].mood` must be a whole number'],
    ]);
  });

  it('says so in Spanish', () => {
    const [p] = client('name: T\nevents:\n  - {date: 2026-01-01, type: team_feedback, mood: 9}\n', 'es');
    expect(p!.message).toBe('`events[0].mood` debe ser como máximo 5');
  });

  it('refuses negative amounts and hours', () => {
    const ps = client('name: T\nevents:\n  - {date: 2026-01-01, type: work, hours: -2}\n');
    expect(ps[0]!.message).toBe('`events[0].hours` must be at least 0');
  });

  it('refuses an empty name', () => {
    expect(client('name: ""\n')[0]!.message).toBe('`name` must not be empty');
  });
});

describe('every problem at once, in file order', () => {
  it('collects all issues and sorts them by line', () => {
    const ps = client('name: T\nsince: 2024-02-30\nprofile: {tier: gold}\nevents:\n  - {date: 2026-01-01, type: work}\n');
    expect(ps.map((p) => p.line)).toEqual([2, 3, 5]);
  });
});

describe('not a mapping', () => {
  it('refuses a list or a plain value at the top', () => {
    expect(client('- a\n- b\n')[0]).toMatchObject({ line: 1, col: 1, message: en.err.notMapping('a list') });
    expect(client('just some text\n')[0]!.message).toBe(en.err.notMapping('the text "just some text"'));
  });
});

describe('logs and rubrics go through the same path', () => {
  it('locates a log event problem', () => {
    const ps = problemsOf(logSchema(), 'events:\n  - {date: 2026-01-01, type: client_delay, days: many}\n');
    // "  - {date: 2026-01-01, type: client_delay, days: " is 49 characters.
    expect(ps[0]).toMatchObject({ line: 2, col: 50, message: '`events[0].days` should be a number, but it is the text "many"' });
  });

  it('locates a rubric problem', () => {
    const ps = problemsOf(rubricSchema(), 'criteria:\n  - id: x\n    weight: heavy\n');
    expect(ps[0]).toMatchObject({ line: 3, col: 13, message: '`criteria[0].weight` should be a number, but it is the text "heavy"' });
  });
});

describe('fieldName', () => {
  it('writes paths the way users read them', () => {
    expect(fieldName(['events', 3, 'amount'])).toBe('events[3].amount');
    expect(fieldName(['contract', 'termination', 'notice_days'])).toBe('contract.termination.notice_days');
    expect(fieldName([])).toBe('.');
  });
});

/**
 * The shipped schemas (schemas/*.json, what editors read) against `clientfit lint`, through
 * an independent draft-07 validator (ajv): the shipped examples and rubric, the snippets the
 * schemas offer and every file lint accepts are valid in both; each file lint calls an error
 * that a schema can express is invalid in both. An editor must not flag what lint accepts,
 * and must flag what it refuses.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { isRealDate } from '../../src/core/dates.js';
import { fileKind } from '../../src/core/fileKind.js';
import { LINT_KINDS, type LintKind } from '../../src/core/lint/types.js';
import { ROOT, runCli, tempDir } from './harness.js';

const AS_OF = '2026-11-24';

const ajv = new Ajv({ allErrors: true, strictTypes: false });
// What editors read beyond validation; ajv's strict mode refuses any other unknown keyword.
ajv.addVocabulary(['markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'defaultSnippets']);
// `format: date` as lint reads a date: a real one.
ajv.addFormat('date', { type: 'string', validate: isRealDate });

const SCHEMAS = Object.fromEntries(LINT_KINDS.map((k) => [k, JSON.parse(readFileSync(join(ROOT, 'schemas', `${k}.schema.json`), 'utf8'))])) as Record<LintKind, Record<string, unknown>>;
const VALIDATE = Object.fromEntries(LINT_KINDS.map((k) => [k, ajv.compile(SCHEMAS[k])])) as Record<LintKind, ValidateFunction>;

/** What the schema says of a file: null when valid, else ajv's errors as one line. */
function schemaErrors(file: string, text: string): string | null {
  const data = parse(text, { logLevel: 'silent' }) as unknown;
  const kind = fileKind(data, file);
  if (!kind) return `no kind for ${file}`;
  const validate = VALIDATE[kind];
  return validate(data) ? null : ajv.errorsText(validate.errors);
}

interface LintJson {
  file: string;
  severity: 'error' | 'warning';
  rule: string;
}

/** `clientfit lint --format json` on `paths` (run in `cwd`): each file's error rules. */
async function lintErrors(cwd: string, paths: string[]): Promise<Map<string, string[]>> {
  const r = await runCli(['lint', ...paths, '--format', 'json', '--as-of', AS_OF], { cwd });
  expect(r.stderr).toBe('');
  const out = new Map<string, string[]>();
  for (const f of JSON.parse(r.stdout) as LintJson[]) if (f.severity === 'error') out.set(f.file, [...(out.get(f.file) ?? []), f.rule]);
  return out;
}

/** A snippet body as the editor leaves it when every placeholder keeps its first value. */
function expand(v: unknown): unknown {
  if (typeof v === 'string') {
    const asWritten = v.startsWith('^');
    const s = (asWritten ? v.slice(1) : v).replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1');
    return asWritten ? parse(s) : s;
  }
  if (Array.isArray(v)) return v.map(expand);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, expand(x)]));
  return v;
}

type Node = Record<string, unknown>;
const snippets = (node: unknown) => ((node as Node).defaultSnippets as Node[]).map((s) => expand(s.body));
const eventItem = (schema: Node) => (((schema.properties as Node).events as Node).anyOf as Node[])[0]!.items;

/** Files lint accepts (warnings at most) that a careless schema would refuse. */
const GOOD: Record<string, string> = {
  'clients/warnings-only.yaml': [
    'name: Warnings Only',
    'colour: blue                  # unknown key: a warning',
    'events:',
    '  - {date: 2026-01-05, type: complaint, severity: high}   # a field complaints do not have: a warning',
    '  - {date: 2026-01-06, type: complain}                    # close to a built-in type: a warning',
    '  - {date: 2026-01-07, type: workshop, attendees: 12}     # your own type, with your own fields',
    '  - {date: 2026-01-08, type: invoice, ref: 7, amount: 0, due: 2026-01-08, paid: true}',
    '  - {date: 2026-01-09, type: invoice, ref: F-9, amount: 100, due: 2026-02-09, payments: [{date: 2026-01-20, amount: 50}]}',
    '  - {date: 2026-01-10, type: message}',
    '  - {date: 2026-01-11, type: scope_change}',
    '  - {date: 2026-01-12, type: work, hours: 2.5}',
    '  - {date: 2026-01-13, type: team_feedback, mood: 1, note: tired}',
    '',
  ].join('\n'),
  'clients/empty-events.yaml': 'name: Empty\nid: 7\nevents:\n',
  'clients/minimal.log.yaml': 'events:\n',
  'rubrics/override.yaml': [
    'extends: builtin:default',
    'window: " 12m "               # parseWindow trims',
    'criteria:',
    '  - {id: late-payment, weight: 5}',
    '  - {id: abuse, enabled: false}',
    '  - {id: mine, metric: {count: [workshop, complaint]}, warn: 1, flag: 3, weight: 5, half_life: 90d,',
    '     title: {en: Mine, es: Mío}, why: {en: Why, es: Por qué}, talking_point: {en: Talk, es: Habla}}',
    '',
  ].join('\n'),
  'rubrics/standalone.yaml': [
    'criteria:',
    '  - {id: off, enabled: false, weight: 0}',
    '  - {id: on, metric: complaints, warn: 1, flag: 3, weight: 5, title: {en: On, es: Sí}, why: {en: W, es: P}, talking_point: {en: T, es: H}}',
    'title: {en: Standalone, es: Sola}',
    '',
  ].join('\n'),
  'maps/time.yaml': 'columns: {client: Client, date: Date, duration: Time}\ndate_format: DD/MM/YYYY\n',
  'maps/invoices.yaml': 'columns: {client: Client, date: Date, ref: Number, amount: Total}\ndecimal: ","\n',
  'settings/.clientfit.yaml': 'me: {name: Ana, voice: i}\nlang: es\ntarget_rate: 50\nreferrals: [{name: Bea, fits: [retail]}]\n',
};

/**
 * Files lint calls an error that draft-07 can express (only `severity: error` findings
 * count). Each names the lint rule it expects; the schema must refuse it too.
 */
const BAD: Record<string, [rule: string, text: string]> = {
  'bad/invoice-no-due.yaml': ['schema', 'name: X\nevents:\n  - {date: 2026-01-10, type: invoice, ref: F-1, amount: 100}\n'],
  'bad/invoice-no-amount.log.yaml': ['schema', 'events:\n  - {date: 2026-01-10, type: invoice, ref: F-1, due: 2026-02-10}\n'],
  'bad/invoice-no-ref.yaml': ['schema', 'name: X\nevents:\n  - {date: 2026-01-10, type: invoice, amount: 100, due: 2026-02-10}\n'],
  'bad/invoice-no-ref.log.yaml': ['schema', 'events:\n  - {date: 2026-01-10, type: invoice, amount: 100, due: 2026-02-10, paid: 2026-02-01}\n'],
  'bad/invoice-ref-empty.log.yaml': ['schema', 'events:\n  - {date: 2026-01-10, type: invoice, ref: "", amount: 100, due: 2026-02-10}\n'],
  'bad/invoice-amount-text.log.yaml': ['schema', 'events:\n  - {date: 2026-01-10, type: invoice, ref: F-1, amount: "1,500", due: 2026-02-10}\n'],
  'bad/invoice-negative.log.yaml': ['schema', 'events:\n  - {date: 2026-01-10, type: invoice, ref: F-1, amount: -5, due: 2026-02-10}\n'],
  'bad/invoice-huge.log.yaml': ['schema', 'events:\n  - {date: 2026-01-10, type: invoice, ref: F-1, amount: 1e13, due: 2026-02-10}\n'],
  'bad/invoice-paid-false.log.yaml': ['schema', 'events:\n  - {date: 2026-01-10, type: invoice, ref: F-1, amount: 5, due: 2026-02-10, paid: false}\n'],
  'bad/invoice-ref-list.log.yaml': ['schema', 'events:\n  - {date: 2026-01-10, type: invoice, ref: [1], amount: 5, due: 2026-02-10}\n'],
  'bad/payment-zero.log.yaml': ['schema', 'events:\n  - {date: 2026-01-10, type: invoice, ref: F-1, amount: 5, due: 2026-02-10, payments: [{date: 2026-01-11, amount: 0}]}\n'],
  'bad/message-answered-number.log.yaml': ['schema', 'events:\n  - {date: 2026-01-10, type: message, answered: 5}\n'],
  'bad/mood-7.log.yaml': ['schema', 'events:\n  - {date: 2026-01-10, type: team_feedback, mood: 7}\n'],
  'bad/mood-half.log.yaml': ['schema', 'events:\n  - {date: 2026-01-10, type: team_feedback, mood: 2.5}\n'],
  'bad/delay-no-days.log.yaml': ['schema', 'events:\n  - {date: 2026-01-10, type: client_delay}\n'],
  'bad/work-no-hours.log.yaml': ['schema', 'events:\n  - {date: 2026-01-10, type: work, billable: true}\n'],
  'bad/billed-text.log.yaml': ['schema', 'events:\n  - {date: 2026-01-10, type: scope_change, billed: "yes"}\n'],
  'bad/fee-text.log.yaml': ['schema', 'events:\n  - {date: 2026-01-10, type: fee_dispute, amount: lots}\n'],
  'bad/no-date.log.yaml': ['schema', 'events:\n  - {type: complaint}\n'],
  'bad/no-type.log.yaml': ['schema', 'events:\n  - {date: 2026-01-10}\n'],
  'bad/date-format.log.yaml': ['schema', 'events:\n  - {date: 31/01/2026, type: praise}\n'],
  'bad/date-impossible.log.yaml': ['impossible-date', 'events:\n  - {date: 2026-02-30, type: praise}\n'],
  'bad/events-text.log.yaml': ['schema', 'events: none\n'],
  'bad/no-name.yaml': ['schema', 'industry: retail\ncontract: {rate: 60}\n'],
  'bad/tier.yaml': ['schema', 'name: X\nprofile: {tier: gold}\n'],
  'bad/rate-unit.yaml': ['schema', 'name: X\ncontract: {rate_unit: week}\n'],
  'bad/notice-basis.yaml': ['schema', 'name: X\ncontract: {termination: {notice_days: 30, notice_basis: weekly}}\n'],
  'bad/notice-days-fraction.yaml': ['schema', 'name: X\ncontract: {termination: {notice_days: 2.5}}\n'],
  'bad/outcome.yaml': ['schema', 'name: X\noutcome: {date: 2026-01-01, label: meh}\n'],
  'bad/logs-number.yaml': ['schema', 'name: X\nlogs: [5]\n'],
  'bad/rubric-metric.yaml': ['unknown-metric', 'extends: builtin:default\ncriteria:\n  - {id: late-payment, metric: late_invoices}\n'],
  'bad/rubric-window.yaml': ['bad-window', 'extends: builtin:default\nwindow: 12 months\n'],
  'bad/rubric-half-life.yaml': ['bad-window', 'extends: builtin:default\ncriteria:\n  - {id: late-payment, half_life: 3 months}\n'],
  'bad/rubric-weight-zero.yaml': ['weight-not-positive', 'extends: builtin:default\ncriteria:\n  - {id: late-payment, weight: 0}\n'],
  'bad/rubric-theme.yaml': ['schema', 'extends: builtin:default\ncriteria:\n  - {id: late-payment, theme: money}\n'],
  'bad/rubric-keep.yaml': ['schema', 'extends: builtin:default\nbands: {keep: 120}\n'],
  'bad/rubric-grace.yaml': ['schema', 'extends: builtin:default\ngrace_days: 400\n'],
  'bad/rubric-min-evidence.yaml': ['schema', 'extends: builtin:default\ncriteria:\n  - {id: late-payment, min_evidence: 0}\n'],
  'bad/rubric-no-id.yaml': ['schema', 'extends: builtin:default\ncriteria:\n  - {weight: 5}\n'],
  'bad/rubric-empty.yaml': ['no-criteria', 'title: {en: Empty, es: Vacía}\ncriteria: []\n'],
  'bad/rubric-incomplete.yaml': ['incomplete-criterion', 'criteria:\n  - {id: a, metric: complaints, warn: 1, flag: 3}\n'],
  'bad/map-both.yaml': ['schema', 'columns: {client: C, date: D, hours: H, ref: R, amount: A}\n'],
  'bad/map-ref-only.yaml': ['schema', 'columns: {client: C, date: D, ref: R}\n'],
  'bad/map-neither.yaml': ['schema', 'columns: {client: C, date: D}\n'],
  'bad/map-unknown-key.yaml': ['schema', 'columns: {client: C, date: D, hours: H, project: P}\n'],
  'bad/map-date-format.yaml': ['schema', 'columns: {client: C, date: D, hours: H}\ndate_format: YYYY/MM/DD\n'],
  'bad/settings-lang/.clientfit.yaml': ['schema', 'lang: fr\n'],
  'bad/settings-voice/.clientfit.yaml': ['schema', 'me: {voice: they}\n'],
  'bad/settings-rate/.clientfit.yaml': ['schema', 'target_rate: 0\n'],
  'bad/settings-referral/.clientfit.yaml': ['schema', 'referrals: [{contact: a@b.example}]\n'],
};

let dir: string;
let linted: Map<string, string[]>;

beforeAll(async () => {
  dir = tempDir();
  const write = (name: string, text: string) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  };
  for (const [name, text] of Object.entries(GOOD)) write(name, text);
  for (const [name, [, text]] of Object.entries(BAD)) write(name, text);
  write('snippets/client.yaml', stringify(snippets(SCHEMAS.client)[0]));
  write('snippets/events.log.yaml', stringify({ events: snippets(eventItem(SCHEMAS.log)) }));
  write('snippets/profile-events.yaml', stringify({ name: 'X', events: snippets(eventItem(SCHEMAS.client)) }));
  write('snippets/criterion.yaml', stringify({ title: { en: 'T', es: 'T' }, criteria: snippets(((SCHEMAS.rubric.properties as Node).criteria as Node).items) }));
  linted = await lintErrors(dir, ['.']);
});

const read = (name: string) => readFileSync(join(dir, name), 'utf8');

describe('schemas and lint agree', () => {
  it('on the shipped examples and rubric: valid in both', async () => {
    const files = [...readdirSync(join(ROOT, 'examples')).map((f) => `examples/${f}`), 'rubrics/default.yaml'];
    expect(files).toContain('examples/.clientfit.yaml');
    const errors = await lintErrors(ROOT, files);
    expect([...errors]).toEqual([]);
    for (const f of files) expect(schemaErrors(f, readFileSync(join(ROOT, f), 'utf8')), f).toBeNull();
  });

  it('on the snippets an editor offers: valid in both', () => {
    for (const f of ['snippets/client.yaml', 'snippets/events.log.yaml', 'snippets/profile-events.yaml', 'snippets/criterion.yaml']) {
      expect(linted.get(f), f).toBeUndefined();
      expect(schemaErrors(f, read(f)), f).toBeNull();
    }
  });

  it.each(Object.keys(GOOD))('%s: lint accepts it (warnings at most), and so does the schema', (name) => {
    expect(linted.get(name)).toBeUndefined();
    expect(schemaErrors(name, read(name))).toBeNull();
  });

  it.each(Object.entries(BAD).map(([name, [rule]]) => [name, rule]))('%s: lint calls it a %s error, and the schema refuses it', (name, rule) => {
    expect(linted.get(name)).toContain(rule);
    expect(schemaErrors(name, read(name))).not.toBeNull();
  });

  it('on every lint fixture lint accepts: the schema accepts it too', async () => {
    const root = join(ROOT, 'tests', 'fixtures', 'lint');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => join('tests', 'fixtures', 'lint', f));
    const errors = await lintErrors(ROOT, files);
    const accepted = files.filter((f) => !errors.has(f) && fileKind(parse(readFileSync(join(ROOT, f), 'utf8'), { logLevel: 'silent' }), f));
    expect(accepted.length).toBeGreaterThan(20);
    const refused = accepted.map((f) => [f, schemaErrors(f, readFileSync(join(ROOT, f), 'utf8'))]).filter(([, e]) => e !== null);
    expect(refused).toEqual([]);
  });
});

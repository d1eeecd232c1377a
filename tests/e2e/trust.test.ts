/**
 * "Trusting the data" (DESIGN.md): the data-quality gate, one document per file, recorded
 * payments, `log` refusing what lint calls an error, rubrics that cannot score — each tried
 * as a user would, with real files, exit codes and the bytes of every file checked.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, snapshot, tempDir } from './harness.js';

const TYPOS = `name: Typo Client
contract: {currency: EUR}
events:
  - {date: 2026-10-01, type: invoce, ref: A-1, amount: 100, due: 2026-10-31}
  - {date: 2026-10-02, type: invoice, ref: A-2, amount: 200, due: 2026-11-01, payed: 2026-10-30}
  - {date: 2026-10-03, type: complain}
  - {date: 2026-10-04, type: praise, note: Loved the launch}
`;

function folder(files: Record<string, string>) {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const run = (...args: string[]) => runCli(args, { cwd: dir });
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  return { dir, run, read };
}

const WARNING = /^c\.yaml:(\d+):(\d+) warning: /gm;

describe('data-quality gate', () => {
  it('score prints each lint warning on stderr as file:line:col, and the report says how many events were ignored or doubtful', async () => {
    const { run } = folder({ 'c.yaml': TYPOS });
    const r = await run('score', 'c.yaml', '--as-of', '2026-11-24');
    expect(r.code).toBe(0);
    expect([...r.stderr.matchAll(WARNING)].map((m) => `${m[1]}:${m[2]}`)).toEqual(['4:30', '5:79', '6:30']);
    expect(r.stderr).toContain('did you mean `invoice`?');
    expect(r.stderr).toContain('did you mean `paid`?');
    expect(r.stderr).toContain('did you mean `complaint`?');
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('Data quality: 3 warnings on stderr; 2 events ignored, 1 doubtful');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('JSON carries dataQuality with each warning and the ignored events; Spanish words the messages', async () => {
    const { run } = folder({ 'c.yaml': TYPOS });
    const r = await run('score', 'c.yaml', '--as-of', '2026-11-24', '--format', 'json', '--lang', 'es');
    const q = JSON.parse(r.stdout).dataQuality;
    expect(q.ignoredEvents).toBe(2);
    expect(q.doubtfulEvents).toBe(1);
    expect(q.warnings.map((w: { line: number; rule: string }) => [w.line, w.rule])).toEqual([
      [4, 'unknown-event-type'],
      [5, 'unknown-event-field'],
      [6, 'unknown-event-type'],
    ]);
    expect(q.warnings[0]).toMatchObject({ file: 'c.yaml', col: 30 });
    expect(r.stderr).toMatch(/^c\.yaml:4:30 aviso: /m);
  });

  it('a clean file says so, and JSON has no warnings', async () => {
    const { run } = folder({ 'c.yaml': 'name: Clean\nevents:\n  - {date: 2026-10-01, type: complaint}\n' });
    const r = await run('score', 'c.yaml', '--as-of', '2026-11-24');
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Data quality: lint found nothing doubtful in these files');
    const j = await run('score', 'c.yaml', '--as-of', '2026-11-24', '--format', 'json');
    expect(JSON.parse(j.stdout).dataQuality).toEqual({ warnings: [], ignoredEvents: 0, doubtfulEvents: 0 });
  });

  it('--strict: any warning is exit 2 before anything is scored (nothing on stdout)', async () => {
    const { run } = folder({ 'c.yaml': TYPOS });
    const r = await run('score', 'c.yaml', '--as-of', '2026-11-24', '--strict');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--strict: 3 data-quality warnings (above); nothing was scored');
    const clean = folder({ 'c.yaml': 'name: Clean\nevents: []\n' });
    expect((await clean.run('score', 'c.yaml', '--strict')).code).toBe(0);
  });

  it('exit and history run the same gate; each warning is printed once per run', async () => {
    const { run } = folder({
      'c.yaml': TYPOS.replace('contract: {currency: EUR}', 'contract: {currency: EUR, termination: {notice_days: 30}}'),
    });
    const ex = await run('exit', 'c.yaml', '--as-of', '2026-11-24', '--force');
    expect([...ex.stderr.matchAll(WARNING)]).toHaveLength(3);
    expect((await run('exit', 'c.yaml', '--as-of', '2026-11-24', '--force', '--strict')).code).toBe(2);
    const h = await run('history', 'c.yaml', '--as-of', '2026-11-24', '--from', '2026-09-01');
    expect([...h.stderr.matchAll(WARNING)]).toHaveLength(3);
    expect((await run('history', 'c.yaml', '--as-of', '2026-11-24', '--strict')).code).toBe(2);
  });

  it('portfolio shows a per-client count, prints the warnings, and --strict fails it', async () => {
    const { run } = folder({ 'c.yaml': TYPOS, 'ok.yaml': 'name: Fine Ltd\nevents: []\n' });
    const r = await run('portfolio', '.', '--as-of', '2026-11-24', '--no-cache');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Typo Client: 3 warnings');
    expect([...r.stderr.matchAll(/^\.?\/?c\.yaml:\d+:\d+ warning: /gm)]).toHaveLength(3);
    const j = await run('portfolio', '.', '--as-of', '2026-11-24', '--no-cache', '--format', 'json');
    const rows = JSON.parse(j.stdout).clients.map((c: { id: string; dataWarnings: number }) => [c.id, c.dataWarnings]);
    expect(rows.sort()).toEqual([
      ['c', 3],
      ['ok', 0],
    ]);
    expect((await run('portfolio', '.', '--as-of', '2026-11-24', '--no-cache', '--strict')).code).toBe(2);
  });
});

describe('one document per file', () => {
  const TWO = 'name: A\nevents: []\n---\nevents:\n  - {date: 2026-01-01, type: abuse}\n';
  it.each(['score', 'exit', 'history', 'lint'])('%s refuses a second document, naming its line', async (cmd) => {
    const { run } = folder({ 'c.yaml': TWO });
    const r = await run(cmd, 'c.yaml');
    expect(r.code).toBe(cmd === 'lint' ? 1 : 2);
    expect(r.stderr + r.stdout).toMatch(/c\.yaml:3:1|3:1 +error/);
    expect(r.stderr + r.stdout).toContain('second YAML document');
  });
});

describe('clientfit paid FILE REF', () => {
  const CLIENT = `# a comment that must survive
name: Payer Ltd
contract: {currency: EUR}
logs: [payer.log.yaml]
`;
  const LOG = `events:
  - {date: 2026-09-01, type: invoice, ref: R-05, amount: 900, due: 2026-10-01}   # chased twice
  - {date: 2026-09-02, type: complaint}
`;

  it('marks the invoice paid in the log that holds it; only that line changes', async () => {
    const { dir, run, read } = folder({ 'payer.yaml': CLIENT, 'payer.log.yaml': LOG });
    const before = snapshot(dir);
    const r = await run('paid', 'payer.yaml', 'R-05', '--date', '2026-11-20');
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toBe('Recorded: invoice R-05 paid in full on 2026-11-20 (payer.log.yaml:2)\n');
    expect(read('payer.log.yaml')).toBe(LOG.replace('due: 2026-10-01}', 'due: 2026-10-01, paid: 2026-11-20}'));
    const after = snapshot(dir);
    expect([...after.keys()].filter((k) => before.get(k) !== after.get(k))).toEqual([join(dir, 'payer.log.yaml')]);
    // The score now sees it paid 50 days late.
    const s = JSON.parse((await run('score', 'payer.yaml', '--as-of', '2026-11-24', '--format', 'json')).stdout);
    const late = s.criteria.find((c: { id: string }) => c.id === 'late-payment');
    expect(late.evidence[0].summary).toContain('paid 50 days late');
  });

  it('a partial payment goes to payments: and the invoice stays open; the rest closes it', async () => {
    const { run, read } = folder({ 'payer.yaml': CLIENT, 'payer.log.yaml': LOG });
    const part = await run('paid', 'payer.yaml', 'R-05', '--amount', '300', '--date', '2026-10-15');
    expect(part.code).toBe(0);
    expect(part.stderr).toContain('€300.00 paid on invoice R-05 on 2026-10-15; €600.00 still owed');
    let ev = parse(read('payer.log.yaml')).events[0];
    expect(ev.payments).toEqual([{ date: '2026-10-15', amount: 300 }]);
    expect(ev.paid).toBeUndefined();
    const s = JSON.parse((await run('score', 'payer.yaml', '--as-of', '2026-11-24', '--format', 'json')).stdout);
    expect(s.criteria.find((c: { id: string }) => c.id === 'late-payment').evidence[0].summary).toContain('unpaid');
    const rest = await run('paid', 'payer.yaml', 'R-05', '--date', '2026-11-01', '--lang', 'es');
    expect(rest.stderr).toBe('Anotado: factura R-05 pagada del todo el 2026-11-01 (payer.log.yaml:2)\n');
    ev = parse(read('payer.log.yaml')).events[0];
    expect(ev.paid).toBe('2026-11-01');
  });

  it('--lang es: --amount 150,50 is a partial payment of 150.5', async () => {
    const { run, read } = folder({ 'payer.yaml': CLIENT, 'payer.log.yaml': LOG });
    const r = await run('paid', 'payer.yaml', 'R-05', '--amount', '150,50', '--date', '2026-10-15', '--lang', 'es');
    expect(r.code).toBe(0);
    expect(parse(read('payer.log.yaml')).events[0].payments).toEqual([{ date: '2026-10-15', amount: 150.5 }]);
    expect(read('payer.log.yaml')).toContain('amount: 150.5');
  });

  it.each([
    ['an unknown ref', ['NOPE'], /no invoice with ref NOPE in payer\.yaml or its logs[\s\S]*R-05/],
    ['an amount of 0', ['R-05', '--amount', '0'], /--amount must be a number above 0/],
    ['a decimal comma in English', ['R-05', '--amount', '1,500'], /--amount must be a number above 0, not "1,500"\n {2}expected: 1500, or 1\.5 if the comma marks decimals: in English/],
    ['more than is owed', ['R-05', '--amount', '901'], /more than the €900\.00 still owed/],
    ['a bad date', ['R-05', '--date', '2026-02-30'], /--date/],
    ['a date before the invoice', ['R-05', '--date', '2026-08-01'], /before the invoice was issued/],
  ])('refuses %s: exit 2, nothing written', async (_, args, message) => {
    const { dir, run } = folder({ 'payer.yaml': CLIENT, 'payer.log.yaml': LOG });
    const before = snapshot(dir);
    const r = await run('paid', 'payer.yaml', ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses an invoice already paid, naming its line', async () => {
    const { dir, run } = folder({ 'payer.yaml': CLIENT, 'payer.log.yaml': LOG.replace('due: 2026-10-01}', 'due: 2026-10-01, paid: 2026-10-20}') });
    const before = snapshot(dir);
    const r = await run('paid', 'payer.yaml', 'R-05');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('payer.log.yaml:2:1: error: invoice R-05 is already paid (on 2026-10-20)');
    expect(snapshot(dir)).toEqual(before);
  });

  it('with no REF and no terminal, says how to name the invoice', async () => {
    const { run } = folder({ 'payer.yaml': CLIENT, 'payer.log.yaml': LOG });
    const r = await run('paid', 'payer.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('clientfit paid FILE REF');
  });
});

describe('log refuses what lint calls an error', () => {
  const CLIENT = 'name: A\nevents:\n  - {date: 2026-09-01, type: invoice, ref: R-1, amount: 10, due: 2026-10-01}\n';
  it.each([
    ['a ref already used', ['invoice', 'ref=R-1', 'amount=5', 'due=2026-12-31', '--date', '2026-11-01'], /invoice ref R-1 is already used, at c\.yaml:3/],
    ['answered before the message', ['message', 'answered=2026-10-01', '--date', '2026-11-01'], /`answered` \(2026-10-01\) is before the event's `date` \(2026-11-01\)/],
    ['a near miss of a built-in type', ['invoce', 'amount=5', '--date', '2026-11-01'], /did you mean `invoice`\?[\s\S]*--force/],
  ])('%s: exit 2, the file untouched', async (_, args, message) => {
    const { dir, run } = folder({ 'c.yaml': CLIENT });
    const before = snapshot(dir);
    const r = await run('log', 'c.yaml', ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('nothing was written to c.yaml');
    expect(snapshot(dir)).toEqual(before);
  });

  it('--force keeps a deliberate custom type', async () => {
    const { run, read } = folder({ 'c.yaml': CLIENT });
    const r = await run('log', 'c.yaml', 'invoce', '--date', '2026-11-01', '--force');
    expect(r.code).toBe(0);
    expect(read('c.yaml')).toContain('type: invoce');
  });
});

describe('a rubric that cannot score', () => {
  it('criteria: [] is a lint error and every scoring command refuses it', async () => {
    const { run } = folder({ 'r.yaml': 'id: empty\ntitle: {en: Empty, es: Vacía}\ncriteria: []\n', 'c.yaml': 'name: A\nevents: []\n' });
    const lint = await run('lint', 'r.yaml');
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain('no-criteria');
    for (const cmd of [['score', 'c.yaml'], ['history', 'c.yaml'], ['portfolio', '.']]) {
      const r = await run(...cmd, '--rubric', 'r.yaml');
      expect(r.code, cmd.join(' ')).toBe(2);
      expect(r.stderr).toContain('r.yaml:3:11: error: the rubric has no criteria');
    }
  });
});

import { chmodSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, snapshot, tempDir } from './harness.js';
import { insertedLines } from '../unit/edit/insertion.js';

/** A copy of the examples in a temp folder, and the CLI run from there. */
function examples() {
  const dir = tempDir(true);
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  const run = (...args: string[]) => runCli(args, { cwd: dir });
  return { dir, read, run };
}

const changedFiles = (before: Map<string, string>, after: Map<string, string>) => [...after.keys()].filter((k) => before.get(k) !== after.get(k));

describe('clientfit log FILE TYPE field=value ...', () => {
  it('a profile with `logs:`: the event goes to the first log, one new line, nothing else changes', async () => {
    const { dir, read, run } = examples();
    const before = read('examples/acme.log.yaml');
    const snap = snapshot(dir);
    const r = await run('log', 'examples/acme.yaml', 'invoice', 'ref=F-2026-050', 'amount=900', 'due=2026-12-20', '--date', '2026-11-24');
    expect(r).toMatchObject({ code: 0, stdout: '' });
    // acme.log.yaml has 56 lines; the event becomes line 57.
    expect(r.stderr).toBe('Added invoice of 2026-11-24 to examples/acme.log.yaml:57\n');
    expect(insertedLines(before, read('examples/acme.log.yaml'))).toEqual(['  - {date: 2026-11-24, type: invoice, ref: F-2026-050, amount: 900, due: 2026-12-20}']);
    expect(changedFiles(snap, snapshot(dir))).toEqual([join(dir, 'examples/acme.log.yaml')]);
    // And every command reads it: score finds the new invoice in its evidence.
    const score = await run('score', 'examples/acme.yaml', '--as-of', '2026-12-31', '--format', 'json');
    expect(score.stdout).toContain('"line": 57');
  });

  it('a profile without `logs:`: the event goes to its own `events:`', async () => {
    const { read, run } = examples();
    const before = read('examples/brightpath.yaml');
    const r = await run('log', 'examples/brightpath.yaml', 'scope_change', 'billed=no', '--note', 'Invoice #42: "again", [draft] & more', '--date', '2026-11-20');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('Added scope_change of 2026-11-20 to examples/brightpath.yaml:56\n');
    const added = insertedLines(before, read('examples/brightpath.yaml'));
    expect(added).toHaveLength(1);
    const events = (parse(read('examples/brightpath.yaml')) as { events: unknown[] }).events;
    expect(events.at(-1)).toEqual({ date: '2026-11-20', type: 'scope_change', billed: false, note: 'Invoice #42: "again", [draft] & more' });
  });

  it('the date defaults to today', async () => {
    const { read, run } = examples();
    const r = await run('log', 'examples/nordlicht.yaml', 'praise');
    expect(r.code).toBe(0);
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(read('examples/nordlicht.yaml')).toContain(`{date: ${iso}, type: praise}`);
  });

  it('an event log given directly is written to itself', async () => {
    const { read, run } = examples();
    const r = await run('log', 'examples/acme.log.yaml', 'client_delay', 'days=4', '--date', '2026-11-24');
    expect(r.code).toBe(0);
    expect(read('examples/acme.log.yaml').endsWith('  - {date: 2026-11-24, type: client_delay, days: 4}\n')).toBe(true);
  });

  it('keeps CRLF line endings, a byte-order mark and the file mode', async () => {
    const dir = tempDir();
    const f = join(dir, 'c.yaml');
    const before = '\uFEFFname: CRLF Co\r\nevents:\r\n  - {date: 2026-01-01, type: praise}   # ok\r\n';
    writeFileSync(f, before);
    chmodSync(f, 0o600);
    const r = await runCli(['log', 'c.yaml', 'complaint', '--date', '2026-11-24'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(f, 'utf8')).toBe(before + '  - {date: 2026-11-24, type: complaint}\r\n');
    expect(statSync(f).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['c.yaml']);
  });

  it('refuses a near-miss of a built-in type with a did-you-mean; --force logs it as given, with a warning', async () => {
    const { dir, read, run } = examples();
    const snap = snapshot(dir);
    // A typo of `complaint` would be counted by no metric: refused (exit 2), nothing written.
    const r = await run('log', 'examples/nordlicht.yaml', 'complant', '--date', '2026-11-24');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown event type `complant`; did you mean `complaint`?');
    expect(r.stderr).toContain('--force');
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(changedFiles(snap, snapshot(dir))).toEqual([]);
    // --force keeps the user's own type, and still says what it looks like.
    const forced = await run('log', 'examples/nordlicht.yaml', 'complant', '--date', '2026-11-24', '--force');
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('warning: "complant" is not a built-in event type (did you mean `complaint`?)');
    expect(read('examples/nordlicht.yaml')).toContain('{date: 2026-11-24, type: complant}');
  });

  it('speaks Spanish', async () => {
    const { run } = examples();
    const r = await run('log', 'examples/acme.yaml', 'complaint', '--date', '2026-11-24', '--lang', 'es');
    expect(r.stderr).toBe('Apuntado complaint del 2026-11-24 en examples/acme.log.yaml:57\n');
  });
});

describe('clientfit log: numbers as each language types them (the file always gets a point)', () => {
  it('--lang es: amount=1.200,50 is written as 1200.5', async () => {
    const { read, run } = examples();
    const before = read('examples/acme.log.yaml');
    const r = await run('log', 'examples/acme.yaml', 'invoice', 'ref=F-1', 'amount=1.200,50', 'due=2026-12-20', '--date', '2026-11-24', '--lang', 'es');
    expect(r.code).toBe(0);
    expect(insertedLines(before, read('examples/acme.log.yaml'))).toEqual(['  - {date: 2026-11-24, type: invoice, ref: F-1, amount: 1200.5, due: 2026-12-20}']);
  });

  it.each([
    ['12,5', 12.5],
    ['-0,5', null],
    ['1 200,50', 1200.5],
    ['1.200', 1200],
    ['12.5', 12.5],
  ])('--lang es: hours=%s', async (typed, hours) => {
    const { read, run } = examples();
    const r = await run('log', 'examples/nordlicht.yaml', 'work', `hours=${typed}`, '--date', '2026-11-24', '--lang', 'es');
    if (hours === null) {
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('`hours` no puede ser menor que 0');
      return;
    }
    expect(r.code).toBe(0);
    const events = (parse(read('examples/nordlicht.yaml')) as { events: Record<string, unknown>[] }).events;
    expect(events.at(-1)).toEqual({ date: '2026-11-24', type: 'work', hours });
    expect(read('examples/nordlicht.yaml')).toContain(`hours: ${hours}}`);
  });

  it('--lang en: amount=1,5 is exit 2, telling to use a point; nothing written', async () => {
    const { dir, run } = examples();
    const snap = snapshot(dir);
    const r = await run('log', 'examples/acme.yaml', 'invoice', 'ref=F-1', 'amount=1,5', 'due=2026-12-20', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'error: `amount` should be a number, not "1,5"\n  expected: 1.5: in English a number takes a decimal point and no thousands separators; with --lang es, 12,5 and 1.200,50 are read too\n',
    );
    expect(snapshot(dir)).toEqual(snap);
  });

  it('--lang es: a value that is no number says how Spanish numbers are typed', async () => {
    const { dir, run } = examples();
    const snap = snapshot(dir);
    const r = await run('log', 'examples/acme.yaml', 'invoice', 'ref=F-1', 'amount=1,200.50', 'due=2026-12-20', '--lang', 'es');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: `amount` debe ser un número, no «1,200.50»\n  se esperaba: un número, como 900, 12,5 o 1.200,50: coma para los decimales; punto o espacio para los miles\n');
    expect(snapshot(dir)).toEqual(snap);
  });
});

describe('clientfit log: on any problem nothing is written (exit 2)', () => {
  const cases: [string, string[], RegExp][] = [
    ['bad values, all reported', ['examples/acme.yaml', 'invoice', 'ref=F-1', 'amount=1.500,00', 'due=2026-02-30'], /`amount` should be a number[\s\S]*`due` should be a date/],
    ['missing required field', ['examples/acme.yaml', 'work'], /work events need hours=…[\s\S]*clientfit log FILE work hours=8/],
    ['an invoice without ref', ['examples/acme.yaml', 'invoice', 'amount=900', 'due=2026-12-20'], /^error: invoice events need ref=…\n  expected: for example:  clientfit log FILE invoice ref=F-7 amount=900 due=\d{4}-\d\d-\d\d\n$/],
    ['an invoice without ref, in Spanish', ['examples/acme.yaml', 'invoice', 'amount=900', 'due=2026-12-20', '--lang', 'es'], /^error: un hecho invoice necesita ref=…\n  se esperaba: por ejemplo:  clientfit log FILE invoice ref=F-7 amount=900/],
    ['an invoice with an empty ref', ['examples/acme.yaml', 'invoice', 'ref=', 'amount=900', 'due=2026-12-20'], /`ref` has no value/],
    ['out of range', ['examples/acme.yaml', 'team_feedback', 'mood=9'], /`mood` must be at most 5\n  expected: a whole number from 1 to 5/],
    ['a bad --date', ['examples/acme.yaml', 'complaint', '--date', '24/11/2026'], /--date: "24\/11\/2026" is not a date/],
    ['no TYPE and no terminal', ['examples/acme.yaml'], /missing the event TYPE \(there is no terminal to ask on\)\n  expected: clientfit log FILE TYPE field=value/],
    ['standard input', ['-', 'complaint'], /must be a real file, not -/],
    ['a missing file', ['examples/nope.yaml', 'complaint'], /cannot find examples\/nope.yaml/],
  ];
  it.each(cases)('%s', async (_, args, message) => {
    const { dir, run } = examples();
    const snap = snapshot(dir);
    const r = await run('log', ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(snapshot(dir)).toEqual(snap);
  });

  it('a broken file is reported with file:line:col and left alone', async () => {
    const dir = tempDir();
    const f = join(dir, 'broken.yaml');
    const text = 'name: Broken\nevents:\n  - {date: 2026-01-01, type: invoice, ref: F-1, amount: 10}\n';
    writeFileSync(f, text);
    const r = await runCli(['log', 'broken.yaml', 'complaint'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^broken.yaml:3:5: error: `events\[0\]\.due` is required here/);
    expect(readFileSync(f, 'utf8')).toBe(text);
  });

  it('a `logs:` file that does not exist is named at its line in the profile', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.yaml'), 'name: P\nlogs: [p.log.yaml]\n');
    const r = await runCli(['log', 'p.yaml', 'complaint'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^p.yaml:2:8: error: the log file p.log.yaml listed under `logs:` does not exist/);
    expect(readdirSync(dir)).toEqual(['p.yaml']);
  });

  it('a layout clientfit cannot extend safely is refused, pointing at it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'flow.yaml'), '{name: Flow, events: []}\n');
    const r = await runCli(['log', 'flow.yaml', 'complaint'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('flow.yaml:1:1: error: the whole file is one {…} flow mapping');
    expect(r.stderr).toContain('warning: nothing was written to flow.yaml');
    expect(readFileSync(join(dir, 'flow.yaml'), 'utf8')).toBe('{name: Flow, events: []}\n');
  });
});

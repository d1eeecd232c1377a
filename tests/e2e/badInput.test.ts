/**
 * The bad-input corpus of issue 2, run through the CLI (in-process, tests/e2e/harness.ts). Every case must end with
 * exit 2, a `file:line:col` message that says what was expected, no stack trace, quickly,
 * and with the input file's bytes unchanged. Small cases live in tests/fixtures/bad/;
 * big, binary and pathological ones are generated into a temp folder by the test.
 */
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, hasStackTrace, snapshot } from './harness.js';
import { AS_OF, expectCleanFailure, put, removeScratch, runTimed, scratch, type JsonReport } from './scoreHelpers.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'bad');

afterAll(removeScratch);
const MIB = 1024 * 1024;

/** `line:col` of the first `token` on a 1-based line of the fixture: positions by hand, not by the CLI. */
function at(fixture: string, line: number, token: string): string {
  const src = readFileSync(join(FIXTURES, fixture), 'utf8').split('\n')[line - 1]!;
  const i = src.indexOf(token);
  if (i < 0) throw new Error(`${token} not on line ${line} of ${fixture}`);
  return `${line}:${i + 1}`;
}

interface Case {
  /** What the case is about, for the test name. */
  name: string;
  /** Path given to `clientfit score`, relative to the case's temp folder. */
  arg: string;
  /** Copy this fixture (file or folder, relative to tests/fixtures/bad) into the temp folder. */
  fixture?: string;
  /** Or write the input with this function (for generated inputs). */
  make?: (dir: string) => void;
  /** Exact `file:line:col` expected, or a pattern for it. */
  where: string | RegExp;
  /** What the message must say: the problem and what was expected. */
  says: RegExp[];
  /** A fragment of the offending source line, shown under the message. */
  shows?: string;
  /** Bytes to feed on stdin (for `-`). */
  input?: Buffer;
  /** False only where a file has no line to point at (a folder). */
  position?: boolean;
}

const fixture = (name: string, file: string, where: string | RegExp, says: RegExp[], shows?: string): Case => ({
  name,
  arg: file,
  fixture: file,
  where,
  says,
  shows,
});

/** Billion laughs: nine levels of nine aliases each, 9^9 strings if expanded. */
function aliasBomb(): string {
  const names = 'abcdefghi';
  let s = 'name: Bomb Ltd\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 1; i < names.length; i++) s += `${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(',')}]\n`;
  return s;
}

/** Deterministic pseudo-random bytes, starting with bytes that are never valid UTF-8. */
function binaryBytes(n: number): Buffer {
  const b = Buffer.alloc(n);
  let x = 2463534242;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  b[0] = 0xff; // never valid in UTF-8
  b[1] = 0xfe;
  b[2] = 0xc3; // a lead byte…
  b[3] = 0x28; // …followed by a non-continuation byte
  return b;
}

/** 17 MiB of valid YAML (a name and comment lines): refused for its size, not its content. */
function bigYaml(): Buffer {
  const head = Buffer.from('name: Big Ltd\n');
  const line = Buffer.from('# padding padding padding padding padding padding padding padding pad\n');
  const b = Buffer.alloc(17 * MIB, line);
  head.copy(b, 0);
  b[b.length - 1] = 0x0a;
  return b;
}

const CASES: Case[] = [
  fixture('YAML syntax error (unclosed flow map)', 'syntax-unclosed-flow.yaml', /syntax-unclosed-flow\.yaml:[34]:\d+/, [/syntax/i, /expected: .*YAML/]),
  fixture('tab indentation', 'tab-indent.yaml', `tab-indent.yaml:${at('tab-indent.yaml', 3, '\t')}`, [/tab/i, /expected:/], 'rate: 60'),
  fixture('`note: Scope change: x`', 'colon-in-note.yaml', `colon-in-note.yaml:${at('colon-in-note.yaml', 5, 'Scope')}`, [/quote/i], 'note: Scope change: x'),
  fixture('wrong type `amount: "1,500.00"`', 'amount-string.yaml', `amount-string.yaml:${at('amount-string.yaml', 3, '"1,500.00"')}`, [/amount/, /1,500\.00/, /expected: .*number/], 'amount: "1,500.00"'),
  fixture('an invoice without `ref` (one-line events: the fast reader)', 'invoice-no-ref.yaml', 'invoice-no-ref.yaml:5:5', [/`events\[1\]\.ref` is required here/, /expected: the invoice's number, such as  ref: F-2026-001/], 'type: invoice, amount: 100'),
  {
    name: 'an invoice without `ref` (block style: the full parser)',
    arg: 'block.yaml',
    make: (d) => put(d, 'block.yaml', 'name: Block Ltd\nevents:\n  - date: 2026-03-10\n    type: invoice\n    amount: 100\n    due: 2026-04-09\n'),
    where: 'block.yaml:3:5',
    says: [/`events\[0\]\.ref` is required here/, /expected: the invoice's number, such as  ref: F-2026-001/],
    shows: 'date: 2026-03-10',
  },
  fixture('missing `name`', 'missing-name.yaml', 'missing-name.yaml:1:1', [/`name`/, /required/, /expected:/]),
  fixture('impossible date 2024-02-30', 'impossible-date.yaml', `impossible-date.yaml:${at('impossible-date.yaml', 2, '2024-02-30')}`, [/2024-02-30/, /expected: .*YYYY-MM-DD/], 'since: 2024-02-30'),
  fixture('unknown enum `rate_unit: week`', 'unknown-enum.yaml', `unknown-enum.yaml:${at('unknown-enum.yaml', 4, 'week')}`, [/week/, /hour, day, month, project/], 'rate_unit: week'),
  fixture('mood 7 (scale is 1-5)', 'mood-7.yaml', `mood-7.yaml:${at('mood-7.yaml', 3, '7}')}`, [/mood/, /at most 5/], 'mood: 7'),
  fixture('a list instead of a mapping at top level', 'top-level-list.yaml', 'top-level-list.yaml:1:1', [/mapping/, /list/], '- name: First Ltd'),
  fixture('a scalar top level (`amount:100`, no space)', 'top-level-scalar.yaml', 'top-level-scalar.yaml:1:1', [/mapping/, /amount:100/], 'amount:100'),
  fixture('empty file', 'empty.yaml', 'empty.yaml:1:1', [/empty/, /expected: .*name:/]),
  fixture('comment-only file', 'comment-only.yaml', 'comment-only.yaml:1:1', [/empty/, /expected: .*name:/]),
  fixture('whitespace-only file', 'whitespace-only.yaml', 'whitespace-only.yaml:1:1', [/empty/, /expected: .*name:/]),
  fixture('`__proto__:` key', 'proto-key.yaml', 'proto-key.yaml:1:1', [/__proto__/, /expected:/], '__proto__: {name: Polluted}'),
  fixture('`%YAML 1.1` directive', 'yaml-1-1.yaml', 'yaml-1-1.yaml:1:1', [/%YAML 1\.1/, /expected: .*1\.2/], '%YAML 1.1'),
  fixture('duplicate key', 'duplicate-key.yaml', 'duplicate-key.yaml:2:1', [/unique/i], 'name: Again Ltd'),
  fixture('missing `logs:` file', 'missing-log.yaml', `missing-log.yaml:${at('missing-log.yaml', 2, 'missing.log.yaml')}`, [/missing\.log\.yaml/, /expected: .*relative/], 'logs: [missing.log.yaml]'),
  {
    name: 'an error in a log file points into the log file',
    arg: 'bad-log/logged.yaml',
    fixture: 'bad-log',
    where: `bad-log/logged.log.yaml:${at('bad-log/logged.log.yaml', 3, '2026-13-01')}`,
    says: [/2026-13-01/, /expected: .*YYYY-MM-DD/],
    shows: '2026-13-01',
  },
  {
    name: '.clientfit.yaml with an error is reported with its own path',
    arg: 'bad-settings/settled.yaml',
    fixture: 'bad-settings',
    where: /bad-settings\/\.clientfit\.yaml:\d+:\d+/,
    says: [/syntax/i, /expected:/],
  },
  {
    name: 'a file named with spaces (impossible date)',
    arg: 'my client file.yaml',
    make: (d) => put(d, 'my client file.yaml', readFileSync(join(FIXTURES, 'impossible-date.yaml'))),
    where: `my client file.yaml:${at('impossible-date.yaml', 2, '2024-02-30')}`,
    says: [/2024-02-30/],
    shows: 'since: 2024-02-30',
  },
  {
    name: 'CRLF line endings do not shift the column of an error',
    arg: 'crlf-error.yaml',
    make: (d) => put(d, 'crlf-error.yaml', 'name: Crlf Ltd\r\nsince: 2024-02-30\r\n'),
    where: 'crlf-error.yaml:2:8',
    says: [/2024-02-30/],
  },
  {
    name: 'a BOM does not count as a column',
    arg: 'bom-error.yaml',
    make: (d) => put(d, 'bom-error.yaml', '\ufeffsince: 2024-02-30\nname: Bom Ltd\n'),
    where: 'bom-error.yaml:1:8',
    says: [/2024-02-30/],
  },
  {
    name: 'alias bomb (billion laughs)',
    arg: 'bomb.yaml',
    make: (d) => put(d, 'bomb.yaml', aliasBomb()),
    where: /bomb\.yaml:\d+:\d+/,
    says: [/alias/i, /expected:/],
  },
  {
    name: 'deeply nested flow (20000 `[`)',
    arg: 'deep.yaml',
    make: (d) => put(d, 'deep.yaml', `name: Deep Ltd\nx: ${'['.repeat(20000)}\n`),
    where: /deep\.yaml:2:\d+/,
    says: [/nest/i, /expected:/],
  },
  {
    name: 'binary file (random bytes, invalid UTF-8)',
    arg: 'binary.yaml',
    make: (d) => put(d, 'binary.yaml', binaryBytes(64 * 1024)),
    where: 'binary.yaml:1:1',
    says: [/UTF-8/, /expected:/],
  },
  {
    name: 'a 17 MiB file is refused, naming the 16 MiB limit',
    arg: 'big.yaml',
    make: (d) => put(d, 'big.yaml', bigYaml()),
    where: 'big.yaml:1:1',
    says: [/16 MiB/, /17(\.\d)? MiB/],
  },
  {
    name: 'a directory given as the file',
    arg: 'folder.yaml',
    make: (d) => mkdirSync(join(d, 'folder.yaml')),
    // A folder has no line to point at: the message names it and says a file is expected.
    where: 'folder.yaml',
    position: false,
    says: [/folder/i],
  },
  {
    name: 'alias bomb on standard input',
    arg: '-',
    input: Buffer.from(aliasBomb()),
    where: /<stdin>:\d+:\d+/,
    says: [/alias/i],
  },
  {
    name: '17 MiB on standard input is refused too',
    arg: '-',
    input: bigYaml(),
    where: /<stdin>:1:1/,
    says: [/16 MiB/],
  },
];

/** Copies a case's fixture (or makes its input) into a fresh temp folder. */
function setUp(c: Case): string {
  const dir = scratch(false);
  if (c.fixture) cpSync(join(FIXTURES, c.fixture), join(dir, c.fixture), { recursive: true });
  c.make?.(dir);
  return dir;
}

describe('bad input: exit 2, file:line:col, what was expected, no trace, file unchanged', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const dir = setUp(c);
      const before = snapshot(dir);
      const r = await runTimed(['score', c.arg, '--as-of', AS_OF], { cwd: dir, input: c.input });
      expectCleanFailure(r, { position: c.position });
      if (typeof c.where === 'string') expect(r.stderr).toContain(c.where);
      else expect(r.stderr).toMatch(c.where);
      for (const s of c.says) expect(r.stderr).toMatch(s);
      if (c.shows) {
        // The offending line is shown as `  N | source`.
        expect(r.stderr).toMatch(/^\s*\d+ \| /m);
        expect(r.stderr).toContain(c.shows);
      }
      // Nothing raw from the file reaches the terminal, even in error excerpts.
      expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
      expect(snapshot(dir)).toEqual(before);
    });
  }

  it('the committed fixtures are what the cases expect (nobody "fixed" them)', () => {
    // A fixture that accidentally became valid would turn its case into a false pass.
    expect(readFileSync(join(FIXTURES, 'empty.yaml')).length).toBe(0);
    expect(readFileSync(join(FIXTURES, 'tab-indent.yaml'), 'utf8')).toContain('\n\trate');
    expect(readFileSync(join(FIXTURES, 'top-level-scalar.yaml'), 'utf8')).toBe('amount:100\n');
  });

  it('Spanish errors with --lang es keep file:line:col and say what was expected', async () => {
    const c = CASES.find((x) => x.arg === 'impossible-date.yaml')!;
    const dir = setUp(c);
    const r = await runTimed(['score', c.arg, '--as-of', AS_OF, '--lang', 'es'], { cwd: dir });
    expectCleanFailure(r);
    expect(r.stderr).toContain(c.where as string);
    expect(r.stderr).toMatch(/se esperaba/);
    // Spanish spells the date pattern año-mes-día.
    expect(r.stderr).toContain('AAAA-MM-DD');
  });

  it('an invoice without `ref` is refused by every command that reads clients, in both languages', async () => {
    const dir = setUp(CASES.find((x) => x.arg === 'invoice-no-ref.yaml')!);
    const before = snapshot(dir);
    const env = { XDG_CACHE_HOME: join(dir, '.cache') };
    for (const args of [['score', 'invoice-no-ref.yaml'], ['exit', 'invoice-no-ref.yaml'], ['history', 'invoice-no-ref.yaml'], ['portfolio', '.'], ['calibrate', '.']]) {
      const r = await runTimed([...args, '--as-of', AS_OF], { cwd: dir, env });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain("invoice-no-ref.yaml:5:5: error: `events[1].ref` is required here\n  5 |   - {date: 2026-03-10, type: invoice, amount: 100, due: 2026-04-09}\n");
      expect(r.stderr, args.join(' ')).toContain("expected: the invoice's number, such as  ref: F-2026-001");
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
    const es = await runTimed(['score', 'invoice-no-ref.yaml', '--as-of', AS_OF, '--lang', 'es'], { cwd: dir });
    expect(es.code).toBe(2);
    expect(es.stderr).toContain('invoice-no-ref.yaml:5:5: error: falta `events[1].ref`, que es obligatorio aquí\n');
    expect(es.stderr).toContain('se esperaba: el número de la factura, por ejemplo  ref: F-2026-001');
    const lint = await runTimed(['lint', 'invoice-no-ref.yaml', '--format', 'json'], { cwd: dir });
    expect(lint.code).toBe(1);
    expect(JSON.parse(lint.stdout)).toEqual([
      { file: 'invoice-no-ref.yaml', line: 5, col: 5, severity: 'error', rule: 'schema', message: "`events[1].ref` is required here (expected: the invoice's number, such as  ref: F-2026-001)" },
    ]);
    rmSync(join(dir, '.cache'), { recursive: true, force: true });
    expect(snapshot(dir)).toEqual(before);
  });

  it('a bad file among good ones: the good one is still scored, exit 2', async () => {
    const dir = setUp(CASES.find((x) => x.arg === 'mood-7.yaml')!);
    put(dir, 'fine.yaml', 'name: Fine Ltd\n');
    const before = snapshot(dir);
    const r = await runTimed(['score', 'mood-7.yaml', 'fine.yaml', '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`mood-7.yaml:${at('mood-7.yaml', 3, '7}')}`);
    const arr = JSON.parse(r.stdout) as JsonReport[];
    expect(arr.map((x) => x.client.name)).toEqual(['Fine Ltd']);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('odd but valid input works', () => {
  const ok = async (dir: string, file: string) => {
    const before = snapshot(dir);
    const r = await runTimed(['score', file, '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(snapshot(dir)).toEqual(before);
    return JSON.parse(r.stdout) as JsonReport;
  };

  it('a file with a UTF-8 BOM', async () => {
    const dir = scratch(false);
    put(dir, 'bom.yaml', '\ufeffname: Bom Ltd\nevents:\n  - {date: 2026-10-01, type: complaint}\n');
    const j = await ok(dir, 'bom.yaml');
    // The BOM is not part of the first key, so `name` was found and is clean.
    expect(j.client.name).toBe('Bom Ltd');
    const complaints = j.criteria.find((c) => c.metric === 'complaints')!;
    // The one complaint was read: complaints have half_life 90d, so 2026-10-01 weighs
    // 0.5^(54/90) = 0.6598 at 2026-11-24.
    expect(complaints.evidenceCount).toBe(1);
    expect(complaints.value).toBeCloseTo(0.5 ** (54 / 90), 3);
  });

  it('CRLF line endings: values carry no \\r and evidence lines are right', async () => {
    const dir = scratch(false);
    put(dir, 'crlf.yaml', 'name: Crlf Ltd\r\nevents:\r\n  - {date: 2026-10-01, type: complaint, note: first}\r\n  - {date: 2026-10-02, type: complaint}\r\n');
    const j = await ok(dir, 'crlf.yaml');
    expect(j.client.name).toBe('Crlf Ltd');
    const complaints = j.criteria.find((c) => c.metric === 'complaints')!;
    // Both complaints were read; weighted by age (half_life 90d): 0.5^(54/90) + 0.5^(53/90) = 1.3246.
    expect(complaints.evidenceCount).toBe(2);
    expect(complaints.value).toBeCloseTo(0.5 ** (54 / 90) + 0.5 ** (53 / 90), 3);
    expect(complaints.evidence.map((e) => e.line)).toEqual([3, 4]);
    expect(complaints.evidence[0]!.summary).toMatch(/first$/);
  });

  it('a file named with spaces, and its log file named with spaces', async () => {
    const dir = scratch(false);
    put(dir, 'my client.yaml', 'name: Spaced Ltd\nlogs: [my client.log.yaml]\n');
    put(dir, 'my client.log.yaml', 'events:\n  - {date: 2026-10-01, type: complaint}\n');
    const j = await ok(dir, 'my client.yaml');
    expect(j.client).toEqual({ id: 'my client', name: 'Spaced Ltd', file: 'my client.yaml' });
    const ev = j.criteria.find((c) => c.metric === 'complaints')!.evidence;
    expect(ev).toEqual([expect.objectContaining({ file: 'my client.log.yaml', line: 2 })]);
  });

  it('a 16 MiB file just under the limit is not refused for its size', async () => {
    const dir = scratch(false);
    // Valid YAML, mostly comments, 1 KiB under the limit: reading it must not say "16 MiB".
    const line = Buffer.from('# padding padding padding padding padding padding padding padding pad\n');
    const b = Buffer.alloc(16 * MIB - 1024, line);
    Buffer.from('name: Almost Ltd\n').copy(b, 0);
    b[b.length - 1] = 0x0a;
    put(dir, 'almost.yaml', b);
    const r = await runTimed(['score', 'almost.yaml', '--as-of', AS_OF], { cwd: dir, timeout: 60000 });
    expect(r.stderr).not.toMatch(/16 MiB/);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Almost Ltd');
  }, 60000);
});

describe('regressions of defects found by the first e2e pass', () => {
  it('deep nesting gives one message, not hundreds of copies', async () => {
    const dir = scratch(false);
    put(dir, 'deep.yaml', `name: Deep Ltd\nx: ${'['.repeat(20000)}\n`);
    const r = await runTimed(['score', 'deep.yaml', '--as-of', AS_OF], { cwd: dir });
    expect(r.code).toBe(2);
    // Today: ~800 "error:" blocks, ~290 KB of stderr for one problem.
    expect(r.stderr.match(/error:/g)?.length).toBe(1);
  });
});

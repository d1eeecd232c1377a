/**
 * Issue 16, the read side: what clientfit does when a file it reads is hostile or strange —
 * a FIFO, device, socket or folder where a file should be; a `logs:` or `extends:` path
 * that leaves the workspace (directly, or through a symlink); the same log listed twice;
 * huge logs; numbers that would overflow; a settings file or cache folder another user
 * could have written; no HOME, few file descriptors, any time zone, a Latin-1 file. Each
 * case asserts the exit code, the message and the bytes (and modes, and owners) of every
 * file involved. What needs root (a file owned by another user) is skipped otherwise.
 *
 * The heavy cases (130,000 events, history over 100,000, a big portfolio at `ulimit -n 30`)
 * are in hostile.read.slow.test.ts; small versions of them are here.
 */
import { createServer, type Server } from 'node:net';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, tempDir, type CliResult } from './harness.js';
import { bigLog, canLimitOpenFiles, profileWith, spawnWith, tree } from './hostileRead.js';
import { cliRunsAs } from '../support/otherUser.js';
import { CACHE_FORMAT } from '../../src/io/cache.js';
import { VERSION } from '../../src/cli/version.js';

const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;
const needsRoot = isRoot ? it : it.skip;
/** Why some cases are skipped when not root: only root can give a file to another user. */
if (!isRoot) console.warn('hostile.read: cases with a file owned by another user need root (chown); skipped');

/** A folder with these files; runs in process from it. */
function folder(files: Record<string, string | Buffer> = {}) {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const run = (args: string[], env?: Record<string, string | undefined>) => runCli(args, { cwd: dir, env });
  const spawn = (args: string[], opts: Parameters<typeof spawnWith>[1] = {}) => spawnWith(args, { cwd: dir, timeout: 10000, ...opts });
  return { dir, run, spawn, at: (f: string) => join(dir, f) };
}

/** Exit 2 with the message on stderr, nothing on stdout, no stack trace. */
function refused(r: CliResult, ...messages: (string | RegExp)[]): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  for (const m of messages) typeof m === 'string' ? expect(r.stderr).toContain(m) : expect(r.stderr).toMatch(m);
  expect(hasStackTrace(r.stderr)).toBe(false);
  expect(r.stderr).not.toContain('Something went wrong');
}

const mkfifo = (path: string) => {
  const r = spawnSync('mkfifo', [path]);
  if (r.status !== 0) throw new Error(`mkfifo ${path} failed: ${r.stderr}`);
};

const CLIENT = 'name: Acme\ncontract: {rate: 50, currency: EUR}\n';
const LOG = 'events:\n  - {date: 2026-10-01, type: invoice, ref: A-1, amount: 1000, due: 2026-10-31, paid: 2026-10-30}\n';
const AS_OF = ['--as-of', '2026-11-24'];

const NOT_REGULAR_FIFO = 'is not a regular file: it is a named pipe (FIFO)';
const NOT_REGULAR_EXPECTED = 'expected: a regular file saved on disk';

describe('1. regular files only: never a hang, exit 2 "not a regular file"', () => {
  // Spawned, with a timeout: a run that blocked on a FIFO would hang this test process too.
  it('a FIFO given as a client file', () => {
    const f = folder();
    mkfifo(f.at('acme.yaml'));
    const before = tree(f.dir);
    const t = Date.now();
    const r = f.spawn(['score', 'acme.yaml', ...AS_OF]);
    expect(Date.now() - t).toBeLessThan(8000);
    refused(r, `acme.yaml: error: acme.yaml ${NOT_REGULAR_FIFO}`, NOT_REGULAR_EXPECTED);
    expect(tree(f.dir)).toEqual(before);
  });

  it('a FIFO named under `logs:` (inside the workspace)', () => {
    const f = folder({ 'c.yaml': `${CLIENT}logs: [c.log.yaml]\n` });
    mkfifo(f.at('c.log.yaml'));
    const before = tree(f.dir);
    refused(f.spawn(['score', 'c.yaml', ...AS_OF]), `c.yaml:3:8: error: the log file c.log.yaml listed under \`logs:\` cannot be read: c.log.yaml ${NOT_REGULAR_FIFO}`);
    const lint = f.spawn(['lint', 'c.yaml']);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain(`3:8  error  the log file c.log.yaml listed under \`logs:\` cannot be read (c.log.yaml ${NOT_REGULAR_FIFO})  missing-log`);
    expect(tree(f.dir)).toEqual(before);
  });

  it('`/dev/stdin` under `logs:` is never read: refused at once, whatever is piped in', () => {
    const f = folder({ 'c.yaml': `${CLIENT}logs: [/dev/stdin]\n` });
    const before = tree(f.dir);
    // What is piped in is a valid log: it must not be counted, nor waited for.
    const r = f.spawn(['score', 'c.yaml', ...AS_OF], { input: LOG });
    // Node pipes a child's standard input through a socket; a shell, through a FIFO.
    refused(r, /c\.yaml:3:8: error: the log file \/dev\/stdin listed under `logs:` cannot be read: \/dev\/stdin is not a regular file: it is (a socket|a named pipe \(FIFO\))/, NOT_REGULAR_EXPECTED);
    // With nothing piped in (a terminal, /dev/null) it is a device: refused all the same.
    refused(spawnWith(['score', 'c.yaml', ...AS_OF], { cwd: f.dir, stdin: 'ignore' }), '/dev/stdin is not a regular file: it is a device');
    expect(tree(f.dir)).toEqual(before);
  });

  it('a FIFO given as the rubric (--rubric)', () => {
    const f = folder({ 'c.yaml': CLIENT });
    mkfifo(f.at('r.yaml'));
    const before = tree(f.dir);
    refused(f.spawn(['score', 'c.yaml', '--rubric', 'r.yaml', ...AS_OF]), `r.yaml: error: r.yaml ${NOT_REGULAR_FIFO}`);
    expect(tree(f.dir)).toEqual(before);
  });

  it('a FIFO named by `extends:`: said at the extends line', () => {
    const f = folder({ 'c.yaml': CLIENT, 'r.yaml': 'id: mine\nextends: parent.yaml\n' });
    mkfifo(f.at('parent.yaml'));
    const before = tree(f.dir);
    refused(f.spawn(['score', 'c.yaml', '--rubric', 'r.yaml', ...AS_OF]), `r.yaml:2:10: error: \`extends\` points at parent.yaml, which cannot be read: parent.yaml ${NOT_REGULAR_FIFO}`);
    expect(tree(f.dir)).toEqual(before);
  });

  it('a FIFO as the settings file found upward: exit 2 at once, for score and lint alike', () => {
    const f = folder({ 'clients/c.yaml': CLIENT });
    mkfifo(f.at('.clientfit.yaml'));
    chmodSync(f.at('.clientfit.yaml'), 0o600);
    const before = tree(f.dir);
    refused(f.spawn(['score', 'clients/c.yaml', ...AS_OF]), `.clientfit.yaml ${NOT_REGULAR_FIFO}`);
    // lint reads settings leniently (only their language), and still never blocks on them.
    const l = f.spawn(['lint', 'clients/c.yaml']);
    expect(l.code, l.stderr).toBe(0);
    expect(tree(f.dir)).toEqual(before);
  });

  it('a folder, a device and a socket given as a client', async () => {
    const f = folder();
    mkdirSync(f.at('dir.yaml'));
    const sock = f.at('sock.yaml');
    const server: Server = await new Promise((resolve) => {
      const s = createServer().listen(sock, () => resolve(s));
    });
    try {
      const before = tree(f.dir);
      refused(await f.run(['score', 'dir.yaml']), 'dir.yaml: error: dir.yaml is a folder, not a regular file');
      refused(await f.run(['score', '/dev/null']), '/dev/null: error: /dev/null is not a regular file: it is a device', NOT_REGULAR_EXPECTED);
      refused(await f.run(['score', '/dev/zero']), '/dev/zero is not a regular file: it is a device');
      refused(await f.run(['score', 'sock.yaml']), 'sock.yaml: error: sock.yaml is not a regular file: it is a socket');
      // lint: a path that cannot be read is exit 2 as well (DESIGN: lint exit codes).
      refused(await f.run(['lint', 'sock.yaml']), 'sock.yaml is not a regular file: it is a socket');
      expect(tree(f.dir)).toEqual(before);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('Spanish words it too', async () => {
    const f = folder();
    mkdirSync(f.at('dir.yaml'));
    refused(await f.run(['score', '/dev/null', '--lang', 'es']), '/dev/null no es un archivo normal: es un dispositivo');
  });
});

describe('2. confined paths: `logs:` and `extends:` stay in the workspace', () => {
  const SECRET = 'events:\n  - {date: 2026-10-05, type: invoice, ref: SECRET-1, amount: 99999, due: 2026-10-06}\n';

  /** ws/clients/c.yaml naming `ref`; ws/secret/other.yaml outside the client's folder. */
  function outside(ref: string, settings?: string) {
    const f = folder({ 'ws/clients/c.yaml': `${CLIENT}logs: [${ref}]\n`, 'ws/secret/other.yaml': SECRET, ...(settings ? { 'ws/.clientfit.yaml': settings } : {}) });
    return f;
  }

  it('`logs: [../secret/other.yaml]` is refused: exit 2, where files may live, nothing of it read or printed, and `log` writes nothing', async () => {
    const f = outside('../secret/other.yaml');
    const before = tree(f.dir);
    const r = await f.run(['score', 'ws/clients/c.yaml', ...AS_OF]);
    refused(
      r,
      "ws/clients/c.yaml:3:8: error: the log file ws/secret/other.yaml listed under `logs:` is outside this client's workspace, ws/clients",
      "expected: a file inside ws/clients: `logs:` and `extends:` may name only files in the folder of the nearest .clientfit.yaml above this file, or without one in this file's own folder (symbolic links are followed)",
    );
    expect(r.stderr).not.toContain('SECRET-1');
    const log = await f.run(['log', 'ws/clients/c.yaml', 'complaint', '--date', '2026-11-01']);
    refused(log, "is outside this client's workspace");
    const lint = await f.run(['lint', 'ws/clients/c.yaml']);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain("3:8  error  the log file ws/secret/other.yaml listed under `logs:` is outside this client's workspace, ws/clients");
    expect(lint.stdout).toContain('log-outside-workspace');
    expect(lint.stdout).not.toContain('SECRET-1');
    expect(tree(f.dir)).toEqual(before);
  });

  it('a missing file outside is refused the same way: nothing is said about what exists elsewhere', async () => {
    const f = outside('../nowhere/x.yaml');
    refused(await f.run(['score', 'ws/clients/c.yaml', ...AS_OF]), 'the log file ws/nowhere/x.yaml listed under `logs:` is outside');
  });

  it('a symlink inside the folder that points outside counts as outside', async () => {
    const f = outside('inside.yaml');
    symlinkSync('../secret/other.yaml', f.at('ws/clients/inside.yaml'));
    const before = tree(f.dir);
    const r = await f.run(['score', 'ws/clients/c.yaml', ...AS_OF]);
    refused(r, 'the log file ws/clients/inside.yaml listed under `logs:` is outside');
    expect(r.stderr).not.toContain('SECRET-1');
    expect(tree(f.dir)).toEqual(before);
  });

  it('`logs: [/etc/passwd]` and `extends: /etc/passwd` never print a line of it', async () => {
    const passwd = readFileSync('/etc/passwd', 'utf8').split('\n').filter(Boolean);
    const f = folder({ 'c.yaml': `${CLIENT}logs: [/etc/passwd]\n`, 'ok.yaml': CLIENT, 'r.yaml': 'id: mine\nextends: /etc/passwd\n' });
    const before = tree(f.dir);
    const runs = [
      await f.run(['score', 'c.yaml', ...AS_OF]),
      await f.run(['score', 'ok.yaml', '--rubric', 'r.yaml', ...AS_OF]),
      await f.run(['rubric', 'show', '--rubric', 'r.yaml']),
      await f.run(['lint', 'c.yaml', 'r.yaml']),
    ];
    refused(runs[0]!, "c.yaml:3:8: error: the log file /etc/passwd listed under `logs:` is outside this client's workspace");
    refused(runs[1]!, "r.yaml:2:10: error: `extends` points at /etc/passwd, which is outside this rubric's workspace", 'expected: a file inside');
    refused(runs[2]!, 'outside this rubric');
    expect(runs[3]!.code).toBe(1);
    for (const r of runs) for (const line of passwd) expect(r.stdout + r.stderr).not.toContain(line);
    expect(tree(f.dir)).toEqual(before);
  });

  it('the nearest trusted .clientfit.yaml widens the workspace to its folder', async () => {
    const f = outside('../secret/other.yaml', 'lang: en\n');
    chmodSync(f.at('ws/.clientfit.yaml'), 0o644);
    const r = await f.run(['score', 'ws/clients/c.yaml', ...AS_OF, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).value.revenue).toBe(99999);
  });

  needsRoot('…but not one another user owns: that one is ignored (with a warning) and the log stays outside', async () => {
    const f = outside('../secret/other.yaml', 'lang: en\n');
    chownSync(f.at('ws/.clientfit.yaml'), NOBODY, NOBODY);
    const before = tree(f.dir);
    const r = await f.run(['score', 'ws/clients/c.yaml', ...AS_OF]);
    refused(r, 'ws/.clientfit.yaml: warning: ignoring the settings in ws/.clientfit.yaml: it belongs to another user (uid 65534)', 'is outside this client');
    expect(tree(f.dir)).toEqual(before);
  });

  it('`extends:` outside (a sibling folder, a symlink) is refused; inside it works', async () => {
    const f = folder({ 'ws/rubrics/mine.yaml': 'id: mine\nextends: ../shared/base.yaml\n', 'ws/shared/base.yaml': 'id: base\nextends: builtin:default\n', 'ws/c.yaml': CLIENT, 'ws/rubrics/ok.yaml': 'id: ok\nextends: sub/base.yaml\n', 'ws/rubrics/sub/base.yaml': 'id: base\nextends: builtin:default\n' });
    symlinkSync('../shared/base.yaml', f.at('ws/rubrics/link.yaml'));
    writeFileSync(f.at('ws/rubrics/vialink.yaml'), 'id: vialink\nextends: link.yaml\n');
    const before = tree(f.dir);
    refused(await f.run(['score', 'ws/c.yaml', '--rubric', 'ws/rubrics/mine.yaml', ...AS_OF]), "ws/rubrics/mine.yaml:2:10: error: `extends` points at ../shared/base.yaml, which is outside this rubric's workspace, ws/rubrics");
    refused(await f.run(['score', 'ws/c.yaml', '--rubric', 'ws/rubrics/vialink.yaml', ...AS_OF]), '`extends` points at link.yaml, which is outside');
    const ok = await f.run(['score', 'ws/c.yaml', '--rubric', 'ws/rubrics/ok.yaml', ...AS_OF]);
    expect(ok.code, ok.stderr).toBe(0);
    const lint = await f.run(['lint', 'ws/rubrics/mine.yaml']);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain("2:10  error  `extends` points at ../shared/base.yaml, which is outside this rubric's workspace, ws/rubrics");
    expect(tree(f.dir)).toEqual(before);
  });

  it('`builtin:NAME` names only shipped rubrics: `builtin:../../etc/passwd` is refused', async () => {
    const f = folder({ 'c.yaml': CLIENT, 'r.yaml': 'id: mine\nextends: builtin:../../../../etc/passwd\n' });
    const before = tree(f.dir);
    refused(await f.run(['score', 'c.yaml', '--rubric', 'builtin:../../../../etc/passwd', ...AS_OF]), 'there is no built-in rubric called builtin:../../../../etc/passwd', 'expected: one of the shipped rubrics: builtin:default');
    refused(await f.run(['score', 'c.yaml', '--rubric', 'r.yaml', ...AS_OF]), 'r.yaml:2:10: error: there is no built-in rubric called builtin:../../../../etc/passwd');
    expect(tree(f.dir)).toEqual(before);
  });

  it('an excerpt is shown only for a text line, and capped', async () => {
    const long = 'x'.repeat(400);
    const f = folder({ 'long.yaml': `name: Acme\ncontract: {rate: ${long}}\n`, 'ctl.yaml': Buffer.from('name: Acme\ncontract: {rate: abc\u0001def}\n') });
    const a = await f.run(['score', 'long.yaml']);
    refused(a, 'long.yaml:2:18: error:');
    const shown = a.stderr.split('\n').find((l) => l.startsWith('  2 | '))!;
    expect(shown.length).toBeLessThan(180);
    expect(shown.endsWith('…')).toBe(true);
    const b = await f.run(['score', 'ctl.yaml']);
    refused(b, 'ctl.yaml:2:18: error:');
    expect(b.stderr).not.toContain(' | ');
  });
});

describe('3. the same log listed twice is read and counted once, with a warning', () => {
  function twice() {
    const f = folder({
      'c.yaml': `${CLIENT}logs: [c.log.yaml, ./c.log.yaml, link.yaml, c.log.yaml]\n`,
      'c.log.yaml': LOG,
      'once.yaml': `${CLIENT}logs: [c.log.yaml]\n`,
    });
    symlinkSync('c.log.yaml', f.at('link.yaml'));
    return f;
  }

  it('score: revenue counted once; a warning per repeated entry at file:line:col', async () => {
    const f = twice();
    const before = tree(f.dir);
    const once = JSON.parse((await f.run(['score', 'once.yaml', ...AS_OF, '--format', 'json'])).stdout);
    const r = await f.run(['score', 'c.yaml', ...AS_OF, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.value.revenue).toBe(1000);
    expect(report.value.revenue).toBe(once.value.revenue);
    expect(report.fit).toBe(once.fit);
    expect(r.stderr.split('\n').filter((l) => l.includes('[duplicate-log]'))).toEqual([
      'c.yaml:3:20 warning: `./c.log.yaml` is the same file as `c.log.yaml`, listed earlier under `logs:`: its events are read and counted once; remove the repeated entry [duplicate-log]',
      'c.yaml:3:34 warning: `link.yaml` is the same file as `c.log.yaml`, listed earlier under `logs:`: its events are read and counted once; remove the repeated entry [duplicate-log]',
      'c.yaml:3:45 warning: `c.log.yaml` is listed twice under `logs:`: its events are read and counted once; remove the repeated entry [duplicate-log]',
    ]);
    expect(tree(f.dir)).toEqual(before);
  });

  it('lint warns (exit 0: warnings pass), in Spanish too; portfolio counts once and warns', async () => {
    const f = twice();
    const before = tree(f.dir);
    const l = await f.run(['lint', 'c.yaml', '--format', 'json']);
    expect(l.code, l.stdout).toBe(0);
    expect(JSON.parse(l.stdout).filter((x: { rule: string }) => x.rule === 'duplicate-log').map((x: { line: number; col: number }) => `${x.line}:${x.col}`)).toEqual(['3:20', '3:34', '3:45']);
    const es = await f.run(['lint', 'c.yaml', '--lang', 'es']);
    expect(es.stdout).toContain('`./c.log.yaml` es el mismo archivo que `c.log.yaml`');
    const p = await f.run(['portfolio', '.', ...AS_OF, '--format', 'json', '--no-cache']);
    expect(p.code, p.stderr).toBe(0);
    const clients = JSON.parse(p.stdout).clients as { file: string; revenue: number }[];
    expect(clients.map((c) => c.revenue)).toEqual([1000, 1000]);
    expect(p.stderr).toContain('c.yaml:3:20 warning: `./c.log.yaml` is the same file as `c.log.yaml`');
    expect(tree(f.dir)).toEqual(before);
  });

  it('a profile that lists itself under `logs:` counts its own events once', async () => {
    const f = folder({ 'self.yaml': `${CLIENT}logs: [self.yaml]\nevents:\n  - {date: 2026-10-01, type: invoice, ref: S-1, amount: 700, due: 2026-10-31, paid: 2026-10-30}\n` });
    const before = tree(f.dir);
    const r = await f.run(['score', 'self.yaml', ...AS_OF, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).value.revenue).toBe(700);
    expect(r.stderr).toBe('self.yaml:3:8 warning: `self.yaml` is this client file itself: its events are already counted, once; remove the repeated entry [duplicate-log]\n');
    expect(tree(f.dir)).toEqual(before);
  });

  it('lint of a folder whose client lists the same 5,000-event log twenty times stays fast', async () => {
    const refs = Array.from({ length: 20 }, (_, i) => (i % 2 ? './shared.log.yaml' : 'shared.log.yaml'));
    const f = folder({ 'c.yaml': profileWith(refs), 'shared.log.yaml': bigLog(5000) });
    const t = performance.now();
    const r = await f.run(['lint', '.', '--as-of', '2026-03-01', '--format', 'json']);
    const ms = performance.now() - t;
    const found = JSON.parse(r.stdout) as { rule: string }[];
    expect(found.filter((x) => x.rule === 'duplicate-log')).toHaveLength(19);
    expect(found.filter((x) => x.rule !== 'duplicate-log')).toEqual([]);
    expect(r.code).toBe(0);
    // One parse of the log, not twenty-one (it took 17 s before; ~1 s now on a slow machine).
    expect(ms).toBeLessThan(8000);
  });
});

describe('4. scale: big logs score, history and lint stay linear (small version; the heavy one is slow)', () => {
  it('13,000 events in a log: score, history, lint all finish, no internal error', async () => {
    const f = folder({ 'c.yaml': profileWith(['c.log.yaml']), 'c.log.yaml': bigLog(13000) });
    const before = tree(f.dir);
    const s = await f.run(['score', 'c.yaml', '--as-of', '2026-03-01', '--format', 'json']);
    expect(s.code, s.stderr).toBe(0);
    expect(JSON.parse(s.stdout).value.revenue).toBeGreaterThan(0);
    const h = await f.run(['history', 'c.yaml', '--as-of', '2026-03-01', '--from', '2016-01-01', '--every', '1y', '--format', 'csv']);
    expect(h.code, h.stderr).toBe(0);
    // The header, a point a year from 2016-01-01, and as-of.
    expect(h.stdout.trim().split('\n')).toHaveLength(13);
    // Every event dated after as-of: 13,000 warnings, none of them overflowing a spread push.
    const l = await f.run(['lint', 'c.yaml', '--as-of', '2015-01-01', '--format', 'json']);
    expect(l.code).toBe(0);
    expect(JSON.parse(l.stdout).length).toBeGreaterThan(13000);
    for (const r of [s, h, l]) expect(r.stderr).not.toContain('Something went wrong');
    expect(tree(f.dir)).toEqual(before);
  });

  it('no spread push or Math.max(...list) in src/: each overflows the stack past ~100,000 items', () => {
    const hits: string[] = [];
    const walk = (d: string) => {
      for (const name of readdirSync(d)) {
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) {
          readFileSync(p, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              if (/^\s*(\/\*|\*|\/\/)/.test(line)) return;
              if (/\.(push|unshift)\(\s*\.\.\.|Math\.(max|min)\(\s*\.\.\.|\.apply\(/.test(line)) hits.push(`${p}:${i + 1}: ${line.trim()}`);
            });
        }
      }
    };
    walk(join(import.meta.dirname, '..', '..', 'src'));
    expect(hits).toEqual([]);
  });
});

describe('5. numbers: finite and below 1e12, so no report prints Infinity or NaN', () => {
  const BIG = `name: Big Numbers\ncontract: {rate: 1e300, currency: EUR}\nevents:\n  - {date: 2026-10-01, type: invoice, ref: A, amount: 1e308, due: 2026-10-31}\n  - {date: 2026-10-02, type: invoice, ref: B, amount: 1e308, due: 2026-10-31}\n  - {date: 2026-10-03, type: work, hours: .inf}\n  - {date: 2026-10-04, type: client_delay, days: .nan}\n`;

  it('score: exit 2 with every number at file:line:col; lint: the same as errors (exit 1)', async () => {
    const f = folder({ 'c.yaml': BIG });
    const before = tree(f.dir);
    const r = await f.run(['score', 'c.yaml', ...AS_OF]);
    refused(
      r,
      'c.yaml:2:18: error: `contract.rate` is the number 1e+300, but amounts, hours, days and every other number must be finite and below 1e12 (a million million), so that no total overflows',
      'c.yaml:4:55: error: `events[0].amount` is the number 1e+308',
      'c.yaml:5:55: error: `events[1].amount` is the number 1e+308',
      'c.yaml:6:43: error: `events[2].hours` is the number Infinity',
      'c.yaml:7:50: error: `events[3].days` is the number NaN',
      'expected: a finite number below 1,000,000,000,000, such as 1500.5',
    );
    const l = await f.run(['lint', 'c.yaml', '--format', 'json']);
    expect(l.code).toBe(1);
    expect(JSON.parse(l.stdout).map((x: { line: number; col: number; rule: string }) => `${x.line}:${x.col} ${x.rule}`)).toEqual(['2:18 schema', '4:55 schema', '5:55 schema', '6:43 schema', '7:50 schema']);
    const es = await f.run(['score', 'c.yaml', '--lang', 'es', ...AS_OF]);
    expect(es.stderr).toContain('`contract.rate` es el número 1e+300, pero los importes, horas, días y demás números tienen que ser finitos y menores que 1e12');
    expect(tree(f.dir)).toEqual(before);
  });

  it('amounts just below the limit sum to a finite total: no Infinity or NaN in any format', async () => {
    const events = Array.from({ length: 200 }, (_, i) => `  - {date: 2026-10-${String((i % 28) + 1).padStart(2, '0')}, type: invoice, ref: R${i}, amount: 999999999999, due: 2026-11-20}`);
    const f = folder({ 'c.yaml': `name: Huge\ncontract: {rate: 0.000001, currency: EUR}\nevents:\n${events.join('\n')}\n  - {date: 2026-10-01, type: work, hours: 0.000001}\n` });
    for (const format of ['text', 'json', 'md']) {
      const r = await f.run(['score', 'c.yaml', ...AS_OF, '--format', format]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(/Infinity|NaN/);
    }
    const x = await f.run(['portfolio', '.', ...AS_OF, '--no-cache', '--format', 'csv']);
    expect(x.stdout).not.toMatch(/Infinity|NaN/);
  });
});

describe('6. trust: settings and cache another user could have written are not believed', () => {
  /** The shipped examples, with their settings (me: Lucía Romero, lang: en). */
  function examples() {
    const dir = tempDir(true);
    const cwd = join(dir, 'examples');
    chmodSync(join(cwd, '.clientfit.yaml'), 0o644);
    return { dir, cwd, run: (args: string[], env?: Record<string, string | undefined>) => runCli(args, { cwd, env }) };
  }
  const EXIT = ['exit', 'acme.yaml', '--as-of', '2026-11-24', '--notice-date', '2026-11-25'];

  it('a settings file of ours, writable only by us, signs the exit draft (the control case)', async () => {
    const e = examples();
    const r = await e.run(EXIT);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Lucía Romero');
    expect(r.stderr).not.toContain('ignoring the settings');
  });

  needsRoot('a settings file owned by another user is ignored with a warning naming it: its me: never signs the draft', async () => {
    const e = examples();
    chownSync(join(e.cwd, '.clientfit.yaml'), NOBODY, NOBODY);
    const before = tree(e.dir);
    const r = await e.run(EXIT);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('Lucía Romero');
    expect(r.stderr).toContain('.clientfit.yaml: warning: ignoring the settings in .clientfit.yaml: it belongs to another user (uid 65534), who could choose the name that signs your letters, your rubric and your language');
    expect(r.stderr).toContain('expected: a settings file that is yours and that only you may change: chown "$(id -u)" .clientfit.yaml && chmod go-w .clientfit.yaml, or remove it');
    expect(r.stderr.match(/ignoring the settings/g)).toHaveLength(1);
    expect(tree(e.dir)).toEqual(before);
  });

  it('a settings file anyone may write, or a group other than ours, is ignored too', async () => {
    const e = examples();
    const file = join(e.cwd, '.clientfit.yaml');
    chmodSync(file, 0o646);
    const before = tree(e.dir);
    const r = await e.run(EXIT);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('Lucía Romero');
    expect(r.stderr).toContain('warning: ignoring the settings in .clientfit.yaml: other users may change it (mode 0646)');
    expect(tree(e.dir)).toEqual(before);
    if (isRoot) {
      chownSync(file, 0, NOBODY);
      chmodSync(file, 0o664);
      const g = await e.run(EXIT);
      expect(g.stderr).toContain('other users may change it (mode 0664)');
      expect(g.stdout).not.toContain('Lucía Romero');
    }
  });

  /** A portfolio folder, its cache folder, and the entry a planted file would be read as. */
  function cached() {
    const f = folder({ 'acme.yaml': 'name: Acme Real\nevents:\n  - {date: 2026-10-01, type: abuse}\n' });
    const cache = join(f.dir, 'xdg');
    const env = { XDG_CACHE_HOME: cache };
    const root = join(cache, 'clientfit');
    const salt = `clientfit-cache/${CACHE_FORMAT}/${VERSION}`;
    const key = createHash('sha256').update(salt).update('\0').update('entry').update('\0').update(readFileSync(f.at('acme.yaml'))).digest('hex');
    const plant = () => {
      const dir = join(root, `v${CACHE_FORMAT}`, key.slice(0, 2));
      mkdirSync(dir, { recursive: true });
      const value = { kind: 'client', profile: { name: 'Poisoned Name' }, events: [], lines: {} };
      writeFileSync(join(dir, `${key}.json`), JSON.stringify({ k: key, v: value }));
    };
    const portfolio = (extra: string[] = []) => f.run(['portfolio', '.', ...AS_OF, '--format', 'json', ...extra], env);
    return { f, cache, root, plant, portfolio, entry: join(root, `v${CACHE_FORMAT}`, key.slice(0, 2), `${key}.json`) };
  }

  it('the cache folder is created 0700, its entries 0600', async () => {
    const c = cached();
    const r = await c.portfolio();
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(c.root).mode & 0o777).toBe(0o700);
    expect(statSync(join(c.root, `v${CACHE_FORMAT}`)).mode & 0o777).toBe(0o700);
    expect(statSync(c.entry).mode & 0o777).toBe(0o600);
  });

  it('a cache folder others may write to is emptied and made private: a planted entry is never believed', async () => {
    const c = cached();
    const truth = (await c.portfolio(['--no-cache'])).stdout;
    c.plant();
    chmodSync(c.root, 0o777);
    const r = await c.portfolio();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(truth);
    expect(r.stdout).not.toContain('Poisoned');
    expect(statSync(c.root).mode & 0o777).toBe(0o700);
    expect(readFileSync(c.entry, 'utf8')).not.toContain('Poisoned');
  });

  needsRoot('a cache folder another user owns is neither read nor written', async () => {
    const c = cached();
    const truth = (await c.portfolio(['--no-cache'])).stdout;
    c.plant();
    spawnSync('chown', ['-R', `${NOBODY}:${NOBODY}`, c.root]);
    const before = tree(c.cache);
    const r = await c.portfolio();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(truth);
    expect(tree(c.cache)).toEqual(before);
  });

  needsRoot('an entry file another user owns, in our own folder, is a miss', async () => {
    const c = cached();
    const truth = (await c.portfolio(['--no-cache'])).stdout;
    c.plant();
    chmodSync(c.root, 0o700);
    chownSync(c.entry, NOBODY, NOBODY);
    const r = await c.portfolio();
    expect(r.stdout).toBe(truth);
  });

  it('a corrupt entry is a miss, and rewritten', async () => {
    const c = cached();
    const truth = (await c.portfolio(['--no-cache'])).stdout;
    c.plant();
    chmodSync(c.root, 0o700);
    writeFileSync(c.entry, '{"k": "truncated');
    expect((await c.portfolio()).stdout).toBe(truth);
    expect(JSON.parse(readFileSync(c.entry, 'utf8')).v.profile.name).toBe('Acme Real');
  });
});

describe('7. environment: no HOME, few file descriptors, any time zone, Latin-1', () => {
  it('works with HOME unset (spawned), and as a user with no home at all', () => {
    const dir = tempDir(true);
    const cwd = join(dir, 'examples');
    const env = { HOME: undefined, XDG_CACHE_HOME: undefined };
    const s = spawnWith(['score', 'acme.yaml', '--as-of', '2026-11-24'], { cwd, env });
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout).toContain('ACME Retail S.L.');
    const p = spawnWith(['portfolio', '.', '--as-of', '2026-11-24'], { cwd, env });
    expect(p.code, p.stderr).toBe(0);
    // Skipped where the clone is out of another user's reach (a private folder).
    if (isRoot && cliRunsAs(12345)) {
      // uid 12345 has no passwd entry: os.homedir() throws, and nothing may depend on it.
      spawnSync('chmod', ['-R', 'a+rwX', dir]);
      spawnSync('chown', ['-R', '12345:12345', dir]);
      for (const args of [['score', 'acme.yaml'], ['portfolio', '.'], ['exit', 'acme.yaml']]) {
        const r = spawnWith([...args, '--as-of', '2026-11-24'], { cwd, env, uid: 12345 });
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
        expect(r.stderr).not.toContain('Something went wrong');
      }
    }
  });

  const limitable = canLimitOpenFiles();
  (limitable ? it : it.skip)('`ulimit -n 30`: score and a 60-client portfolio work, same output as without the limit', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`c${String(i).padStart(2, '0')}.yaml`] = `name: Client ${i}\nevents:\n  - {date: 2026-10-${String((i % 28) + 1).padStart(2, '0')}, type: complaint}\n`;
    const f = folder(files);
    const free = f.spawn(['portfolio', '.', ...AS_OF]);
    const limited = f.spawn(['portfolio', '.', ...AS_OF], { openFiles: 30 });
    expect(limited.code, limited.stderr).toBe(0);
    expect(limited.stdout).toBe(free.stdout);
    const s = f.spawn(['score', 'c00.yaml', ...AS_OF], { openFiles: 30 });
    expect(s.code, s.stderr).toBe(0);
  });

  it('any TZ: score, history and exit dates are the same as in UTC (Pacific/Apia skipped 2011-12-30)', async () => {
    const dir = tempDir(true);
    const cwd = join(dir, 'examples');
    const cmds = [
      ['score', 'acme.yaml', '--as-of', '2011-12-30', '--format', 'json'],
      ['score', 'acme.yaml', '--as-of', '2026-11-24', '--format', 'json'],
      ['history', 'acme.yaml', '--as-of', '2012-01-05', '--from', '2011-12-25', '--every', '1d', '--format', 'csv'],
      ['history', 'acme.yaml', '--as-of', '2026-11-24', '--from', '2025-01-31', '--every', '1m', '--format', 'csv'],
      ['exit', 'acme.yaml', '--as-of', '2026-11-24', '--notice-date', '2011-12-29', '--force'],
      ['exit', 'acme.yaml', '--as-of', '2026-11-24', '--notice-date', '2026-03-27', '--lang', 'es', '--force'],
    ];
    for (const args of cmds) {
      const utc = await runCli(args, { cwd, env: { TZ: 'UTC' } });
      expect(utc.code, utc.stderr).not.toBe(2);
      for (const TZ of ['Pacific/Apia', 'America/St_Johns', 'America/Santiago', 'Asia/Tehran']) {
        const r = await runCli(args, { cwd, env: { TZ } });
        expect(r.stdout, `${TZ}: ${args.join(' ')}`).toBe(utc.stdout);
      }
    }
    const h = await runCli(cmds[2]!, { cwd, env: { TZ: 'Pacific/Apia' } });
    expect(h.stdout).toContain('2011-12-30,');
  });

  it('a Latin-1 file: exit 2, "not UTF-8 at line N, save it as UTF-8", no excerpt; lint says the same (exit 1)', async () => {
    const latin1 = Buffer.concat([Buffer.from('name: Caf'), Buffer.from([0xe9]), Buffer.from(' S.L.\nindustry: retail\nnote: se'), Buffer.from([0xf1]), Buffer.from('or\n')]);
    const f = folder({ 'c.yaml': latin1, 'l.yaml': Buffer.from([...Buffer.from('name: Ok\nindustry: caf'), 0xe9, 0x0a]) });
    const before = tree(f.dir);
    const r = await f.run(['score', 'c.yaml']);
    refused(r, 'c.yaml:1:10: error: not UTF-8 at line 1: the file uses another encoding (such as Latin-1 or Windows-1252) or is not text', 'expected: save it as UTF-8 (in your editor: "Save with encoding" → UTF-8), then run the command again');
    expect(r.stderr).not.toContain(' | ');
    const l2 = await f.run(['score', 'l.yaml', '--lang', 'es']);
    refused(l2, 'l.yaml:2:14: error: no es UTF-8 en la línea 2', 'guárdalo como UTF-8');
    const lint = await f.run(['lint', 'c.yaml']);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain('1:10  error  not UTF-8 at line 1');
    expect(tree(f.dir)).toEqual(before);
  });
});

/**
 * Issue 16, the write side: what clientfit does when the file it is asked to write is
 * hostile or fragile — a symlink, a file this run reads, a read-only file, a folder that
 * cannot be written, concurrent runs, a stale lock, a standard output that fails. Each case
 * asserts the exit code, the message and the bytes (and modes, and links) of every file
 * involved. Real symlinks, hard links, FIFOs, chmod and spawned processes; what needs root
 * (a file owned by another user) is skipped with a reason otherwise.
 *
 * Heavier cases (twelve concurrent runs, a lock left by a killed process with no help,
 * a live lock held past the wait) are in hostile.write.slow.test.ts.
 */
import { cliRunsAs } from '../support/otherUser.js';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, tempDir, type CliResult } from './harness.js';
import { concurrentLogs, holdLock, lintClean, spawnCliWith, stateOf, tree } from './hostileWrite.js';
import { lockPathFor } from '../../src/io/lock.js';

const isRoot = process.getuid?.() === 0;

/** The shipped examples copied to a temp folder; commands run from examples/ inside it. */
function examples() {
  const dir = tempDir(true);
  const cwd = join(dir, 'examples');
  const run = (...args: string[]) => runCli(args, { cwd });
  return { dir, cwd, run, at: (f: string) => join(cwd, f) };
}

/** Exit 2, the message, no stack trace, nothing on stdout. */
function refused(r: CliResult, message: string): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(message);
  expect(hasStackTrace(r.stderr)).toBe(false);
}

describe('writes never go through a symlink', () => {
  it('exit --out LINK --overwrite, LINK a symlink to the client file: refused, the client file and the link unchanged', async () => {
    const { dir, cwd, run } = examples();
    symlinkSync('acme.yaml', join(cwd, 'link.md'));
    const before = tree(dir);
    const r = await run('exit', 'acme.yaml', '--out', 'link.md', '--overwrite');
    refused(r, 'error: link.md is the client file or one of its logs; writing the draft there would destroy it');
    expect(tree(dir)).toEqual(before);
    expect(readlinkSync(join(cwd, 'link.md'))).toBe('acme.yaml');
  });

  it('exit --out LINK --overwrite, LINK a symlink anywhere else (or dangling): refused, nothing written at either end', async () => {
    const { dir, cwd, run } = examples();
    const outside = tempDir();
    writeFileSync(join(outside, 'victim.txt'), 'precious\n');
    symlinkSync(join(outside, 'victim.txt'), join(cwd, 'elsewhere.md'));
    symlinkSync(join(outside, 'not-there.md'), join(cwd, 'dangling.md'));
    const before = [tree(dir), tree(outside)];
    for (const out of ['elsewhere.md', 'dangling.md']) {
      for (const force of [[], ['--overwrite']]) {
        const r = await run('exit', 'acme.yaml', '--out', out, ...force);
        refused(r, `error: ${out} is a symbolic link; clientfit never writes through one, so nothing was written`);
      }
    }
    const r = await run('exit', 'acme.yaml', '--out', 'elsewhere.md', '--overwrite');
    expect(r.stderr).toContain(`expected: the file itself (${join(outside, 'victim.txt')}), not a link to it`);
    expect([tree(dir), tree(outside)]).toEqual(before);
    expect(readFileSync(join(outside, 'victim.txt'), 'utf8')).toBe('precious\n');
    expect(existsSync(join(outside, 'not-there.md'))).toBe(false);
  });

  it('log and paid: a client file, or a log under `logs:`, that is a symlink is refused; nothing changes', async () => {
    const { dir, cwd, run } = examples();
    // A profile with its own events, reached through a link.
    writeFileSync(join(cwd, 'solo.yaml'), 'name: Solo Co\nevents:\n  - {date: 2026-01-10, type: invoice, ref: S-1, amount: 100, due: 2026-02-09}\n');
    symlinkSync('solo.yaml', join(cwd, 'solo-link.yaml'));
    // A profile whose first log is a link to a real log in the same folder.
    writeFileSync(join(cwd, 'real.log.yaml'), 'events:\n  - {date: 2026-01-10, type: invoice, ref: L-1, amount: 100, due: 2026-02-09}\n');
    symlinkSync('real.log.yaml', join(cwd, 'linked.log.yaml'));
    writeFileSync(join(cwd, 'linked.yaml'), 'name: Linked Co\nlogs: [linked.log.yaml]\n');
    const before = tree(dir);
    refused(await run('log', 'solo-link.yaml', 'complaint', '--date', '2026-03-01'), 'error: solo-link.yaml is a symbolic link; clientfit never writes through one');
    expect((await run('log', 'solo-link.yaml', 'complaint', '--date', '2026-03-01')).stderr).toContain('expected: the file itself (solo.yaml), not a link to it');
    refused(await run('paid', 'solo-link.yaml', 'S-1', '--date', '2026-03-01'), 'error: solo-link.yaml is a symbolic link');
    refused(await run('log', 'linked.yaml', 'complaint', '--date', '2026-03-01'), 'error: linked.log.yaml is a symbolic link');
    refused(await run('log', 'linked.log.yaml', 'complaint', '--date', '2026-03-01'), 'error: linked.log.yaml is a symbolic link');
    refused(await run('paid', 'linked.yaml', 'L-1', '--date', '2026-03-01'), 'error: linked.log.yaml is a symbolic link');
    expect(tree(dir)).toEqual(before);
  });

  it('log and paid: a folder that a `logs:` entry adds below the profile is a symlink: refused (the folders the user named are not checked)', async () => {
    const { dir, cwd, run } = examples();
    mkdirSync(join(cwd, 'real'));
    writeFileSync(join(cwd, 'real', 'c.log.yaml'), 'events:\n  - {date: 2026-01-10, type: invoice, ref: L-1, amount: 100, due: 2026-02-09}\n');
    symlinkSync('real', join(cwd, 'via'));
    writeFileSync(join(cwd, 'c.yaml'), 'name: Via Co\nlogs: [via/c.log.yaml]\n');
    const before = tree(dir);
    refused(await run('log', 'c.yaml', 'complaint', '--date', '2026-03-01'), 'error: via, a folder on the way to via/c.log.yaml, is a symbolic link; clientfit never writes through one');
    refused(await run('paid', 'c.yaml', 'L-1', '--date', '2026-03-01'), 'error: via, a folder on the way to via/c.log.yaml, is a symbolic link');
    expect(tree(dir)).toEqual(before);
    // The same log named through the linked folder by the user: their choice, written.
    const named = await run('log', 'via/c.log.yaml', 'complaint', '--date', '2026-03-01');
    expect(named.code, named.stderr).toBe(0);
    expect(readFileSync(join(cwd, 'real', 'c.log.yaml'), 'utf8')).toBe(
      'events:\n  - {date: 2026-01-10, type: invoice, ref: L-1, amount: 100, due: 2026-02-09}\n  - {date: 2026-03-01, type: complaint}\n',
    );
    expect(lstatSync(join(cwd, 'via')).isSymbolicLink()).toBe(true);
  });

  it('init: a dangling symlink, or a symlink with --force, is refused; nothing is created at its target', async () => {
    const dir = tempDir();
    const outside = tempDir();
    writeFileSync(join(outside, 'victim.yaml'), 'name: Victim\n');
    symlinkSync(join(outside, 'new.yaml'), join(dir, 'dangling.yaml'));
    symlinkSync(join(outside, 'victim.yaml'), join(dir, 'link.yaml'));
    const before = [tree(dir), tree(outside)];
    refused(await runCli(['init', 'dangling.yaml', '--yes', '--name', 'New Co'], { cwd: dir }), 'error: dangling.yaml is a symbolic link; clientfit never writes through one');
    refused(await runCli(['init', 'link.yaml', '--yes', '--name', 'New Co', '--force'], { cwd: dir }), 'error: link.yaml is a symbolic link');
    // Without --force the file it points to exists: the ordinary refusal.
    refused(await runCli(['init', 'link.yaml', '--yes', '--name', 'New Co'], { cwd: dir }), 'error: link.yaml already exists; clientfit will not overwrite it');
    expect([tree(dir), tree(outside)]).toEqual(before);
  });

  it('exit --out onto a FIFO (not a regular file) is refused at once, never opened', async () => {
    const { dir, cwd, run } = examples();
    const mk = spawnSync('mkfifo', [join(cwd, 'pipe.md')]);
    if (mk.status !== 0) return void console.warn('skipped: mkfifo is not available');
    const before = tree(dir);
    refused(await run('exit', 'acme.yaml', '--out', 'pipe.md', '--overwrite'), 'error: pipe.md is not a regular file (a device, pipe or socket); clientfit only replaces regular files');
    expect(tree(dir)).toEqual(before);
    expect(lstatSync(join(cwd, 'pipe.md')).isFIFO()).toBe(true);
  });
});

describe('never onto a file read as input in this run, --overwrite or not', () => {
  it('the client file by another spelling, a hard link to a log, the rubric, a rubric it extends, the settings file', async () => {
    const { dir, cwd, run } = examples();
    mkdirSync(join(cwd, 'x'));
    linkSync(join(cwd, 'acme.log.yaml'), join(cwd, 'hard.md'));
    writeFileSync(join(cwd, 'parent.yaml'), 'id: parent\nextends: builtin:default\n');
    writeFileSync(join(cwd, 'mine.yaml'), 'id: mine\nextends: ./parent.yaml\nbands: {keep: 90, review: 45}\n');
    const before = tree(dir);
    const cases: [string[], string][] = [
      [['--out', './x/../acme.yaml'], './x/../acme.yaml is the client file or one of its logs'],
      [['--out', join(cwd, 'acme.log.yaml')], `${join(cwd, 'acme.log.yaml')} is the client file or one of its logs`],
      [['--out', 'hard.md'], 'hard.md is the client file or one of its logs; writing the draft there would destroy it'],
      [['--rubric', 'mine.yaml', '--out', 'mine.yaml'], 'mine.yaml is the rubric (or a rubric it extends) this run reads; writing the draft there would destroy it'],
      [['--rubric', 'mine.yaml', '--out', 'parent.yaml'], 'parent.yaml is the rubric (or a rubric it extends) this run reads'],
      [['--out', '.clientfit.yaml'], '.clientfit.yaml is the settings file this run reads; writing the draft there would destroy it'],
    ];
    for (const [args, message] of cases) {
      for (const force of [[], ['--overwrite']]) {
        const r = await run('exit', 'acme.yaml', ...args, ...force);
        refused(r, `error: ${message}`);
        expect(r.stderr).toContain('expected: another file name, such as  --out exit-acme.md');
      }
    }
    expect(tree(dir)).toEqual(before);
  });

  it('the shipped rubric a run reads (builtin:default) is an input too', async () => {
    const { dir, run } = examples();
    const shipped = join(import.meta.dirname, '..', '..', 'rubrics', 'default.yaml');
    const bytes = readFileSync(shipped);
    const before = tree(dir);
    refused(await run('exit', 'acme.yaml', '--out', shipped, '--overwrite'), 'is the rubric (or a rubric it extends) this run reads');
    expect(readFileSync(shipped).equals(bytes)).toBe(true);
    expect(tree(dir)).toEqual(before);
  });

  it('in Spanish too', async () => {
    const { dir, run } = examples();
    const before = tree(dir);
    refused(await run('exit', 'acme.yaml', '--out', '.clientfit.yaml', '--overwrite', '--lang', 'es'), '.clientfit.yaml es el archivo de configuración que se lee en esta ejecución');
    expect(tree(dir)).toEqual(before);
  });
});

describe('a read-only file is refused, not replaced (by its mode bits, as root too); a written file keeps its mode', () => {
  it('log, paid, exit --out --overwrite and init --force onto a 0444 file: exit 2, the message, bytes and mode unchanged', async () => {
    const { dir, cwd, run, at } = examples();
    writeFileSync(at('draft.md'), 'my own notes\n');
    writeFileSync(at('new.yaml'), 'name: Old Co\n');
    for (const f of ['acme.log.yaml', 'draft.md', 'new.yaml']) chmodSync(at(f), 0o444);
    const before = tree(dir);
    refused(await run('log', 'acme.yaml', 'complaint', '--date', '2026-11-24'), 'error: acme.log.yaml is read-only (mode 0444); clientfit will not replace it, so nothing was written');
    const r = await run('log', 'acme.log.yaml', 'complaint', '--date', '2026-11-24');
    refused(r, 'error: acme.log.yaml is read-only (mode 0444)');
    expect(r.stderr).toContain('expected: make it writable first if you mean to change it:  chmod u+w acme.log.yaml');
    refused(await run('paid', 'acme.yaml', 'F-2026-047', '--date', '2026-11-24'), 'error: acme.log.yaml is read-only (mode 0444)');
    refused(await run('exit', 'acme.yaml', '--out', 'draft.md', '--overwrite'), 'error: draft.md is read-only (mode 0444); clientfit will not replace it');
    refused(await runCli(['init', 'new.yaml', '--yes', '--name', 'New Co', '--force'], { cwd }), 'error: new.yaml is read-only (mode 0444)');
    refused(await run('log', 'acme.log.yaml', 'complaint', '--lang', 'es'), 'error: acme.log.yaml es de solo lectura (modo 0444); clientfit no lo va a sustituir');
    expect(tree(dir)).toEqual(before);
  });

  it('a file with the owner write bit only for others (0466 owned by us) is read-only too', async () => {
    const { dir, run, at } = examples();
    chmodSync(at('acme.log.yaml'), 0o466);
    const before = tree(dir);
    refused(await run('log', 'acme.log.yaml', 'complaint'), 'error: acme.log.yaml is read-only (mode 0466)');
    expect(tree(dir)).toEqual(before);
  });

  it('log, paid and exit --out --overwrite keep the mode of the file they replace; the --out file is replaced atomically (a new inode, no temp file left)', async () => {
    const { dir, run, at } = examples();
    chmodSync(at('acme.log.yaml'), 0o640);
    chmodSync(at('acme.yaml'), 0o600);
    writeFileSync(at('draft.md'), 'old draft\n');
    chmodSync(at('draft.md'), 0o604);
    const log = readFileSync(at('acme.log.yaml'), 'utf8');
    const ino = statSync(at('draft.md')).ino;
    expect((await run('log', 'acme.yaml', 'complaint', '--date', '2026-11-24')).code).toBe(0);
    expect(readFileSync(at('acme.log.yaml'), 'utf8')).toBe(`${log}  - {date: 2026-11-24, type: complaint}\n`);
    expect((await run('paid', 'acme.yaml', 'F-2026-047', '--date', '2026-11-25')).code).toBe(0);
    expect(readFileSync(at('acme.log.yaml'), 'utf8')).toContain('ref: F-2026-047, amount: 1440, due: 2026-11-18, paid: 2026-11-25}');
    const out = await run('exit', 'acme.yaml', '--out', 'draft.md', '--overwrite');
    expect(out.code, out.stderr).toBe(0);
    expect(out.stderr).toBe('Draft written to draft.md\n');
    expect(readFileSync(at('draft.md'), 'utf8')).toContain('Exit conversation draft: ACME Retail S.L.');
    expect(statSync(at('draft.md')).ino).not.toBe(ino);
    expect(stateOf(at('acme.log.yaml')).mode).toBe(0o640);
    expect(stateOf(at('acme.yaml')).mode).toBe(0o600);
    expect(stateOf(at('draft.md')).mode).toBe(0o604);
    // Nothing else appeared: no temp file, no lock.
    expect([...tree(dir).keys()].filter((k) => /clientfit/.test(k.split('/').pop()!))).toEqual(['examples/.clientfit.yaml']);
  });

  // Needs root to switch user, and a clone the other user can reach (not a private folder).
  it.skipIf(!isRoot || !cliRunsAs(65534))('as an ordinary user (run as uid 65534): a file another user owns, and a folder they cannot write, are refused', () => {
    const dir = tempDir(true);
    const cwd = join(dir, 'examples');
    chmodSync(dir, 0o755);
    chmodSync(cwd, 0o777);
    for (const f of readdirSync(cwd)) chmodSync(join(cwd, f), 0o644);
    // Another user's (root's) file, 0644, in a folder anyone may write: renaming over it
    // would succeed, so the refusal must come from access(W_OK).
    const asNobody = (args: string[]) => spawnCliWith(args, { cwd, uid: 65534, gid: 65534 });
    const before = tree(dir);
    const r = asNobody(['log', 'acme.log.yaml', 'complaint', '--date', '2026-11-24']);
    refused(r, 'error: you do not have permission to write acme.log.yaml; nothing was written');
    chownSync(join(cwd, 'acme.log.yaml'), 65534, 65534);
    chmodSync(cwd, 0o755);
    const d = asNobody(['log', 'acme.log.yaml', 'complaint', '--date', '2026-11-24']);
    refused(d, 'error: the folder . is not writable, so no file can be written in it');
    chownSync(join(cwd, 'acme.log.yaml'), 0, 0);
    expect(tree(dir)).toEqual(before);
  });
});

describe('the target folder: missing, a file, or not writable (by its mode bits)', () => {
  it('exit --out, init, log and paid say which folder and why; nothing is written', async () => {
    const { dir, cwd, run, at } = examples();
    writeFileSync(at('notes.txt'), 'a file\n');
    mkdirSync(at('locked'));
    writeFileSync(at('locked/c.yaml'), 'name: Locked Co\nevents:\n  - {date: 2026-01-10, type: invoice, ref: K-1, amount: 100, due: 2026-02-09}\n');
    chmodSync(at('locked'), 0o555);
    const before = tree(dir);
    refused(await run('exit', 'acme.yaml', '--out', 'nowhere/draft.md'), 'error: the folder of nowhere/draft.md does not exist');
    refused(await run('exit', 'acme.yaml', '--out', 'notes.txt/draft.md'), 'error: notes.txt is a file, not a folder, so nothing can be written inside it');
    refused(await run('exit', 'acme.yaml', '--out', 'locked/draft.md'), 'error: the folder locked is not writable, so no file can be written in it');
    const init = await runCli(['init', 'locked/new/x.yaml', '--yes', '--name', 'X'], { cwd });
    refused(init, 'error: the folder locked is not writable, so no file can be written in it');
    expect(init.stderr).toContain('expected: a folder you can write to, or make it writable first:  chmod u+w locked');
    refused(await runCli(['init', 'notes.txt/x.yaml', '--yes', '--name', 'X'], { cwd }), 'error: notes.txt is a file, not a folder');
    refused(await run('log', 'locked/c.yaml', 'complaint', '--date', '2026-03-01'), 'error: the folder locked is not writable');
    refused(await run('paid', 'locked/c.yaml', 'K-1', '--date', '2026-03-01'), 'error: the folder locked is not writable');
    refused(await run('log', 'locked/c.yaml', 'complaint', '--lang', 'es'), 'error: en la carpeta locked no se puede escribir');
    chmodSync(at('locked'), 0o755);
    expect(tree(dir)).toEqual(before);
  });

  it('init makes missing folders (when it may), and works with HOME unset; so do log and paid (os.homedir() reads HOME on each call, in process as in a spawned run)', async () => {
    const dir = tempDir();
    const env = { HOME: undefined, XDG_CACHE_HOME: undefined, XDG_CONFIG_HOME: undefined };
    const init = await runCli(['init', 'clients/new/acme.yaml', '--yes', '--name', 'ACME', '--notice-days', '30'], { cwd: dir, env });
    expect(init.code, init.stderr).toBe(0);
    expect(init.stderr).toContain('Created clients/new/acme.yaml');
    const log = await runCli(['log', 'clients/new/acme.yaml', 'invoice', 'ref=A-1', 'amount=900', 'due=2026-12-20', '--date', '2026-11-20'], { cwd: dir, env });
    expect(log.code, log.stderr).toBe(0);
    const paid = await runCli(['paid', 'clients/new/acme.yaml', 'A-1', '--date', '2026-12-01'], { cwd: dir, env });
    expect(paid.code, paid.stderr).toBe(0);
    expect(paid.stderr).toMatch(/^Recorded: invoice A-1 paid in full on 2026-12-01 \(clients\/new\/acme\.yaml:\d+\)\n$/);
    const text = readFileSync(join(dir, 'clients/new/acme.yaml'), 'utf8');
    expect(text).toContain('  - {date: 2026-11-20, type: invoice, ref: A-1, amount: 900, due: 2026-12-20, paid: 2026-12-01}\n');
    expect(await lintClean(join(dir, 'clients/new/acme.yaml'))).toBe(true);
    // and the schema the profile's first line points at (none existed).
    expect([...tree(dir).keys()]).toEqual(['clients/new/acme.yaml', 'schemas/client.schema.json']);
  });
});

describe('concurrent runs and the lock', () => {
  it('three concurrent `clientfit log` processes on one client: all exit 0, all three events land, it lints clean, no lock is left', async () => {
    const { dir, cwd } = examples();
    const log = readFileSync(join(cwd, 'acme.log.yaml'), 'utf8');
    const results = await concurrentLogs(cwd, 'acme.yaml', 3);
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const after = readFileSync(join(cwd, 'acme.log.yaml'), 'utf8');
    expect(after.startsWith(log)).toBe(true);
    const added = after.slice(log.length).split('\n').filter(Boolean).sort();
    expect(added).toEqual([0, 1, 2].map((i) => `  - {date: 2026-11-24, type: complaint, note: run ${i}}`).sort());
    expect(await lintClean(join(cwd, 'acme.yaml'))).toBe(true);
    expect([...tree(dir).keys()].filter((k) => k.includes('.lock') || k.endsWith('.tmp'))).toEqual([]);
  });

  it('a lock left by a killed process is taken over; the lock is the hidden `.NAME.clientfit.lock` and is gone afterwards', async () => {
    const { cwd } = examples();
    const target = join(cwd, 'acme.log.yaml');
    const lockDir = lockPathFor(target);
    expect(lockDir).toBe(join(cwd, '.acme.log.yaml.clientfit.lock'));
    // A process takes the lock as clientfit does, then is killed with SIGKILL: no cleanup runs.
    const holder = await holdLock(target);
    holder.kill('SIGKILL');
    await new Promise((r) => holder.once('exit', r));
    expect(lstatSync(lockDir).isDirectory()).toBe(true);
    // As if it died a while ago (the slow test waits for it instead).
    const past = new Date(Date.now() - 60_000);
    utimesSync(lockDir, past, past);
    const log = readFileSync(target, 'utf8');
    const r = spawnCliWith(['log', 'acme.yaml', 'complaint', '--date', '2026-11-24'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('Added complaint of 2026-11-24 to acme.log.yaml:57\n');
    expect(readFileSync(target, 'utf8')).toBe(`${log}  - {date: 2026-11-24, type: complaint}\n`);
    expect(existsSync(lockDir)).toBe(false);
  });

  it('no lock is left behind after a refused run either', async () => {
    const { cwd, run } = examples();
    const r = await run('log', 'acme.yaml', 'invoice', 'ref=F-2026-047', 'amount=1', 'due=2026-12-01');
    expect(r.code).toBe(2);
    const p = await run('paid', 'acme.yaml', 'F-2026-047', '--amount', '99999');
    expect(p.code).toBe(2);
    expect(readdirSync(cwd).filter((n) => n.includes('lock'))).toEqual([]);
  });
});

describe('standard output that fails', () => {
  it.skipIf(!existsSync('/dev/full'))('score > /dev/full: exit 2 and one line on stderr (spawned)', () => {
    const fd = openSync('/dev/full', 'w');
    try {
      for (const args of [['score', 'examples/acme.yaml'], ['--version']]) {
        const r = spawnCliWith(args, { stdout: fd });
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr).toBe('clientfit: could not write to standard output (ENOSPC: no space left on device); the output is incomplete\n');
      }
      const es = spawnCliWith(['score', 'examples/acme.yaml', '--lang', 'es'], { stdout: fd });
      expect(es.code).toBe(2);
      expect(es.stderr).toBe('clientfit: no se ha podido escribir en la salida estándar (ENOSPC: no space left on device); la salida está incompleta\n');
    } finally {
      closeSync(fd);
    }
  });

  it('a closed pipe (`| true`, `| head -c 1`) ends quietly with the code so far (spawned)', async () => {
    // Five JSON reports (~95 KB) overflow the pipe's buffer, so `head -c 1` closes it mid-write.
    const five = ['score', ...Array<string>(5).fill('examples/acme.yaml'), '--format', 'json'];
    const cases: [string[], 'closed' | 'one-byte', number][] = [
      [['score', 'examples/acme.yaml', '--fail-on', 'review'], 'closed', 1],
      [five, 'one-byte', 0],
    ];
    for (const [args, reader, code] of cases) {
      const r = await spawnIntoClosingPipe(args, reader);
      expect(r.code, `${args.join(' ')} | ${reader}`).toBe(code);
      expect(r.stderr).toBe('');
    }
  });
});

/**
 * Runs the CLI with its standard output a pipe this test closes: at once (`| true`: the
 * first write meets EPIPE) or after the first byte (`| head -c 1`, with an output larger
 * than the pipe's buffer).
 */
async function spawnIntoClosingPipe(args: string[], reader: 'closed' | 'one-byte'): Promise<{ code: number | null; stderr: string }> {
  const { ROOT, BIN } = await import('./harness.js');
  // A shell pipeline, as users write it; PIPESTATUS gives clientfit's own exit status.
  const cmd = `"${process.execPath}" "${BIN}" ${args.map((a) => `'${a}'`).join(' ')} 2>"$ERR" | ${reader === 'closed' ? 'true' : 'head -c 1 >/dev/null'}; exit "\${PIPESTATUS[0]}"`;
  const errFile = join(tempDir(), 'stderr');
  return new Promise((done, fail) => {
    const child = spawn('bash', ['-c', cmd], { cwd: ROOT, env: { ...process.env, LANG: 'C', LC_ALL: '', NO_COLOR: '', ERR: errFile }, stdio: 'ignore' });
    child.on('error', fail);
    child.on('exit', (code) => done({ code, stderr: existsSync(errFile) ? readFileSync(errFile, 'utf8') : '' }));
  });
}

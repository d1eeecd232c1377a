/**
 * The read-side rules of issue 16 in io/, one by one: readBytes takes regular files only
 * (and never blocks on a FIFO), resolveLogs confines `logs:` to the workspace and reads a
 * file listed twice once, settings another user could have written are passed over, and
 * the portfolio's worker count follows the open-file limit.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError, type Problem } from '../../../src/core/errors.js';
import { resolveLogs } from '../../../src/io/clientLogs.js';
import { threadsForDescriptors } from '../../../src/io/portfolioPool.js';
import { readBytes } from '../../../src/io/readText.js';
import { discoverSettings, homeDir, workspaceOf } from '../../../src/io/settings.js';
import { makeTempDir } from '../../support/tempDirs.js';

const isRoot = process.getuid?.() === 0;

function problemOf(f: () => unknown): Problem {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e.problems[0]!;
    throw e;
  }
  throw new Error('no problem');
}

describe('readBytes: regular files only', () => {
  it('refuses a FIFO at once (no writer needed), a folder, a device; reads a file and a link to one', () => {
    const dir = makeTempDir();
    const fifo = join(dir, 'p.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const t = performance.now();
    expect(problemOf(() => readBytes(fifo))).toMatchObject({ code: 'unreadable', message: { key: 't.err.notRegular', args: [fifo, { key: 't.err.fileKinds.fifo' }] } });
    expect(performance.now() - t).toBeLessThan(1000);
    expect(problemOf(() => readBytes(dir))).toMatchObject({ code: 'unreadable', message: { key: 't.err.isDir' } });
    expect(problemOf(() => readBytes('/dev/null'))).toMatchObject({ message: { key: 't.err.notRegular', args: ['/dev/null', { key: 't.err.fileKinds.device' }] } });
    expect(problemOf(() => readBytes(join(dir, 'none.yaml')))).toMatchObject({ code: 'not-found' });
    writeFileSync(join(dir, 'a.yaml'), 'name: A\n');
    symlinkSync('a.yaml', join(dir, 'link.yaml'));
    expect(readBytes(join(dir, 'link.yaml')).toString()).toBe('name: A\n');
  });
});

describe('resolveLogs: confined, and each file once', () => {
  function tree() {
    const dir = makeTempDir();
    for (const d of ['ws/clients/sub', 'ws/shared', 'elsewhere']) mkdirSync(join(dir, d), { recursive: true });
    for (const f of ['ws/clients/a.log.yaml', 'ws/clients/sub/b.log.yaml', 'ws/shared/s.log.yaml', 'elsewhere/x.log.yaml']) writeFileSync(join(dir, f), 'events: []\n');
    return dir;
  }
  const status = (logs: ReturnType<typeof resolveLogs>) => logs.map((l) => `${l.ref}:${l.refused ?? (l.sameAs === undefined ? 'ok' : `same as ${l.sameAs}`)}`);

  it('without settings the workspace is the client folder; the same file by another spelling or link is marked', () => {
    const dir = tree();
    symlinkSync('a.log.yaml', join(dir, 'ws/clients/alias.yaml'));
    symlinkSync('../../elsewhere/x.log.yaml', join(dir, 'ws/clients/out.yaml'));
    const client = join(dir, 'ws/clients/c.yaml');
    const logs = resolveLogs(client, ['a.log.yaml', 'sub/b.log.yaml', './a.log.yaml', 'alias.yaml', 'sub/../a.log.yaml', '../shared/s.log.yaml', 'out.yaml', join(dir, 'elsewhere/x.log.yaml'), 'missing.yaml', '../missing.yaml']);
    expect(status(logs)).toEqual([
      'a.log.yaml:ok',
      'sub/b.log.yaml:ok',
      './a.log.yaml:same as 0',
      'alias.yaml:same as 0',
      'sub/../a.log.yaml:same as 0',
      '../shared/s.log.yaml:outside',
      'out.yaml:outside',
      `${join(dir, 'elsewhere/x.log.yaml')}:outside`,
      'missing.yaml:missing',
      '../missing.yaml:outside',
    ]);
  });

  it('a trusted .clientfit.yaml above makes its folder the workspace; an untrusted one does not', () => {
    const dir = tree();
    const client = join(dir, 'ws/clients/c.yaml');
    const settings = join(dir, 'ws/.clientfit.yaml');
    writeFileSync(settings, 'lang: en\n');
    chmodSync(settings, 0o644);
    expect(workspaceOf(client).dir).toBe(join(dir, 'ws'));
    expect(status(resolveLogs(client, ['../shared/s.log.yaml', '../../elsewhere/x.log.yaml']))).toEqual(['../shared/s.log.yaml:ok', '../../elsewhere/x.log.yaml:outside']);
    chmodSync(settings, 0o666);
    expect(workspaceOf(client).dir).toBe(join(dir, 'ws/clients'));
    expect(status(resolveLogs(client, ['../shared/s.log.yaml']))).toEqual(['../shared/s.log.yaml:outside']);
  });
});

describe('discoverSettings: trust like git safe.directory', () => {
  it('passes over a file others may write, naming it, and takes the next trusted one up', () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    writeFileSync(join(dir, '.clientfit.yaml'), 'lang: en\n');
    writeFileSync(join(dir, 'a/.clientfit.yaml'), 'lang: es\n');
    chmodSync(join(dir, '.clientfit.yaml'), 0o600);
    chmodSync(join(dir, 'a/.clientfit.yaml'), 0o622);
    const found = discoverSettings(join(dir, 'a/b'), { HOME: dir });
    expect(found.file).toBe(join(dir, '.clientfit.yaml'));
    expect(found.ignored).toEqual([{ file: join(dir, 'a/.clientfit.yaml'), mode: 0o622 }]);
  });

  (isRoot ? it : it.skip)('passes over a file another user owns (needs root to chown)', () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, '.clientfit.yaml'), 'me: {name: Mallory}\n');
    chmodSync(join(dir, '.clientfit.yaml'), 0o644);
    chownSync(join(dir, '.clientfit.yaml'), 65534, 65534);
    const found = discoverSettings(dir, { HOME: join(dir, 'nohome') });
    expect(found).toEqual({ file: null, ignored: [{ file: join(dir, '.clientfit.yaml'), owner: 65534 }] });
  });

  it('HOME unset: the home folder comes from the system, or there is none; nothing throws', () => {
    expect(() => homeDir({})).not.toThrow();
    expect(homeDir({ HOME: '/x' })).toBe('/x');
  });
});

describe('portfolio workers and the open-file limit', () => {
  it('no worker under `ulimit -n 30` (20 taken at start); more as the limit rises; all when unknown', () => {
    expect(threadsForDescriptors(30 - 20)).toBe(0);
    expect(threadsForDescriptors(64 - 20)).toBe(4);
    expect(threadsForDescriptors(1024 - 20)).toBeGreaterThanOrEqual(8);
    expect(threadsForDescriptors(null)).toBe(8);
  });
});

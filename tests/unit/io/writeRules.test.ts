/**
 * The rules every write obeys (src/io/writeFileSafely.ts): never through a symlink (the
 * target, or a folder a `logs:` entry adds below `trustedDir`), only a regular file is
 * replaced, read-only by mode bits (as root too), the folder must exist and be writable;
 * and sameFileAs, which `exit --out` uses to refuse a file the run read.
 */
import { chmodSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWritable, makeFolderFor, sameFileAs, SafeWriteError, writeFileSafely, type SafeWriteOptions } from '../../../src/io/writeFileSafely.js';
import { makeTempDir } from '../../support/tempDirs.js';

const dir = () => makeTempDir('clientfit-rules-');

/** The refusal's reason and details, or 'ok'. */
function outcome(f: () => unknown): string | { reason: string; detail: SafeWriteError['detail']; code?: string } {
  try {
    f();
    return 'ok';
  } catch (e) {
    if (!(e instanceof SafeWriteError)) throw e;
    return { reason: e.reason, detail: e.detail, code: e.code };
  }
}
const write = (path: string, opts: SafeWriteOptions = {}) => outcome(() => writeFileSafely(path, 'new\n', opts));

describe('writeFileSafely: the rules', () => {
  it('a symlink at the target, to a file or dangling, is refused with or without exclusive; it names the real file', () => {
    const d = dir();
    writeFileSync(join(d, 'real.yaml'), 'old\n');
    symlinkSync(join(d, 'real.yaml'), join(d, 'link.yaml'));
    symlinkSync(join(d, 'gone.yaml'), join(d, 'dangling.yaml'));
    expect(write(join(d, 'link.yaml'))).toMatchObject({ reason: 'symlink', detail: { link: join(d, 'link.yaml'), real: join(d, 'real.yaml') } });
    expect(write(join(d, 'link.yaml'), { exclusive: true })).toMatchObject({ reason: 'symlink' });
    expect(write(join(d, 'dangling.yaml'))).toMatchObject({ reason: 'symlink', detail: { real: undefined } });
    expect(readFileSync(join(d, 'real.yaml'), 'utf8')).toBe('old\n');
    expect(readdirSync(d).sort()).toEqual(['dangling.yaml', 'link.yaml', 'real.yaml']);
  });

  it('trustedDir: a symlinked folder between it and the target is refused; folders at or above it are not checked', () => {
    const d = dir();
    mkdirSync(join(d, 'client', 'real'), { recursive: true });
    writeFileSync(join(d, 'client', 'real', 'a.log.yaml'), 'old\n');
    symlinkSync(join(d, 'client', 'real'), join(d, 'client', 'via'));
    symlinkSync(join(d, 'client'), join(d, 'named'));
    const target = join(d, 'client', 'via', 'a.log.yaml');
    expect(write(target, { trustedDir: join(d, 'client') })).toMatchObject({ reason: 'symlink', detail: { link: join(d, 'client', 'via') } });
    // `..` in a logs: entry: only the folders it adds are checked.
    expect(write(join(d, 'client', 'real', '..', 'via', 'a.log.yaml'), { trustedDir: join(d, 'client', 'real') })).toMatchObject({ reason: 'symlink' });
    expect(readFileSync(join(d, 'client', 'real', 'a.log.yaml'), 'utf8')).toBe('old\n');
    // The user named `named/` (a link) and `via/` themselves: written.
    expect(write(join(d, 'named', 'real', 'a.log.yaml'), { trustedDir: join(d, 'named', 'real') })).toBe('ok');
    expect(write(target)).toBe('ok');
    expect(readFileSync(join(d, 'client', 'real', 'a.log.yaml'), 'utf8')).toBe('new\n');
  });

  it('a read-only file (no owner write bit) is refused by its mode, even for root; its bytes and mode stay', () => {
    const d = dir();
    const f = join(d, 'a.yaml');
    writeFileSync(f, 'old\n');
    for (const mode of [0o444, 0o400, 0o466, 0o555]) {
      chmodSync(f, mode);
      expect(write(f)).toMatchObject({ reason: 'read-only', detail: { mode } });
      expect(outcome(() => checkWritable(f))).toMatchObject({ reason: 'read-only' });
    }
    expect(readFileSync(f, 'utf8')).toBe('old\n');
    chmodSync(f, 0o644);
    expect(write(f)).toBe('ok');
  });

  it('only a regular file is replaced: a FIFO is refused (never opened), a folder is is-dir', () => {
    const d = dir();
    mkdirSync(join(d, 'sub'));
    expect(write(join(d, 'sub'))).toMatchObject({ reason: 'is-dir' });
    if (spawnSync('mkfifo', [join(d, 'pipe')]).status === 0) expect(write(join(d, 'pipe'))).toMatchObject({ reason: 'not-regular' });
  });

  it('the folder: missing, a file, or without its owner write bit', () => {
    const d = dir();
    writeFileSync(join(d, 'file'), 'x');
    mkdirSync(join(d, 'ro'));
    chmodSync(join(d, 'ro'), 0o555);
    try {
      expect(write(join(d, 'missing', 'a.yaml'))).toMatchObject({ reason: 'no-dir', code: 'ENOENT' });
      expect(write(join(d, 'file', 'a.yaml'))).toMatchObject({ reason: 'no-dir', code: 'ENOTDIR', detail: { folder: join(d, 'file') } });
      expect(write(join(d, 'ro', 'a.yaml'))).toMatchObject({ reason: 'dir-not-writable', detail: { folder: join(d, 'ro') } });
      expect(outcome(() => makeFolderFor(join(d, 'ro', 'x', 'y', 'a.yaml')))).toMatchObject({ reason: 'dir-not-writable', detail: { folder: join(d, 'ro') } });
      expect(outcome(() => makeFolderFor(join(d, 'file', 'x', 'a.yaml')))).toMatchObject({ reason: 'no-dir', detail: { folder: join(d, 'file') } });
      expect(readdirSync(join(d, 'ro'))).toEqual([]);
    } finally {
      chmodSync(join(d, 'ro'), 0o755);
    }
    expect(outcome(() => makeFolderFor(join(d, 'new', 'deep', 'a.yaml')))).toBe('ok');
    expect(readdirSync(join(d, 'new'))).toEqual(['deep']);
  });

  it('checkWritable with folderMayBeMissing: a missing folder is fine (init makes it), an unwritable one is not', () => {
    const d = dir();
    expect(outcome(() => checkWritable(join(d, 'later', 'a.yaml'), { folderMayBeMissing: true }))).toBe('ok');
    expect(outcome(() => checkWritable(join(d, 'later', 'a.yaml')))).toMatchObject({ reason: 'no-dir' });
  });
});

describe('sameFileAs', () => {
  it('finds an input by another spelling, through a symlink, or by a hard link; never a file that does not exist', () => {
    const d = dir();
    mkdirSync(join(d, 'x'));
    writeFileSync(join(d, 'acme.yaml'), 'name: A\n');
    writeFileSync(join(d, 'other.md'), 'x\n');
    linkSync(join(d, 'acme.yaml'), join(d, 'hard.md'));
    symlinkSync(join(d, 'acme.yaml'), join(d, 'soft.md'));
    const inputs = [join(d, 'acme.yaml')];
    for (const p of [join(d, 'acme.yaml'), join(d, 'x', '..', 'acme.yaml'), join(d, 'hard.md'), join(d, 'soft.md')]) expect(sameFileAs(p, inputs), p).toBe(inputs[0]);
    expect(sameFileAs(join(d, 'other.md'), inputs)).toBeUndefined();
    expect(sameFileAs(join(d, 'new.md'), inputs)).toBeUndefined();
  });
});

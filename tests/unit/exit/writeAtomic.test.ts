import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileSafely } from '../../../src/io/writeFileSafely.js';
import { makeTempDir } from '../../support/tempDirs.js';

const dir = () => makeTempDir('clientfit-write-');

/** How `exit --out` writes: create only, unless --force; the refusal's reason, or 'ok'. */
function writeOut(path: string, text: string, force: boolean): string {
  try {
    writeFileSafely(path, text, { exclusive: !force });
    return 'ok';
  } catch (e) {
    return (e as { reason: string }).reason;
  }
}

describe('writeFileSafely as exit --out uses it', () => {
  it('writes a new file and leaves no temp file behind', () => {
    const d = dir();
    expect(writeOut(join(d, 'a.md'), 'héllo\n', false)).toBe('ok');
    expect(readFileSync(join(d, 'a.md'), 'utf8')).toBe('héllo\n');
    expect(readdirSync(d)).toEqual(['a.md']);
  });
  it('refuses an existing file unless told to overwrite, and leaves it untouched', () => {
    const d = dir();
    const f = join(d, 'a.md');
    writeFileSync(f, 'mine');
    expect(writeOut(f, 'new', false)).toBe('exists');
    expect(readFileSync(f, 'utf8')).toBe('mine');
    expect(writeOut(f, 'new', true)).toBe('ok');
    expect(readFileSync(f, 'utf8')).toBe('new');
  });
  it('refuses a dangling symlink, with or without overwrite, and creates nothing at its target', () => {
    const d = dir();
    symlinkSync(join(d, 'nowhere'), join(d, 'link.md'));
    expect(writeOut(join(d, 'link.md'), 'x', false)).toBe('symlink');
    expect(writeOut(join(d, 'link.md'), 'x', true)).toBe('symlink');
    expect(readdirSync(d)).toEqual(['link.md']);
  });
  it('never replaces a folder, even with overwrite', () => {
    const d = dir();
    mkdirSync(join(d, 'sub'));
    expect(writeOut(join(d, 'sub'), 'x', true)).toBe('is-dir');
  });
  it('says when the folder does not exist', () => {
    const d = dir();
    expect(writeOut(join(d, 'missing', 'a.md'), 'x', false)).toBe('no-dir');
  });
});

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomic } from '../../../src/io/writeAtomic.js';

const dir = () => mkdtempSync(join(tmpdir(), 'clientfit-write-'));

describe('writeAtomic', () => {
  it('writes a new file and leaves no temp file behind', () => {
    const d = dir();
    expect(writeAtomic(join(d, 'a.md'), 'héllo\n', { overwrite: false })).toEqual({ ok: true });
    expect(readFileSync(join(d, 'a.md'), 'utf8')).toBe('héllo\n');
    expect(readdirSync(d)).toEqual(['a.md']);
  });
  it('refuses an existing file unless told to overwrite, and leaves it untouched', () => {
    const d = dir();
    const f = join(d, 'a.md');
    writeFileSync(f, 'mine');
    expect(writeAtomic(f, 'new', { overwrite: false })).toEqual({ ok: false, reason: 'exists' });
    expect(readFileSync(f, 'utf8')).toBe('mine');
    expect(writeAtomic(f, 'new', { overwrite: true })).toEqual({ ok: true });
    expect(readFileSync(f, 'utf8')).toBe('new');
  });
  it('counts a dangling symlink as existing', () => {
    const d = dir();
    symlinkSync(join(d, 'nowhere'), join(d, 'link.md'));
    expect(writeAtomic(join(d, 'link.md'), 'x', { overwrite: false })).toEqual({ ok: false, reason: 'exists' });
  });
  it('never replaces a folder, even with overwrite', () => {
    const d = dir();
    mkdirSync(join(d, 'sub'));
    expect(writeAtomic(join(d, 'sub'), 'x', { overwrite: true })).toEqual({ ok: false, reason: 'is-dir' });
  });
  it('says when the folder does not exist', () => {
    const d = dir();
    expect(writeAtomic(join(d, 'missing', 'a.md'), 'x', { overwrite: false })).toEqual({ ok: false, reason: 'no-dir' });
  });
});

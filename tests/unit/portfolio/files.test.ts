import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findYamlFiles } from '../../../src/io/walk.js';
import { makeTempDir } from '../../support/tempDirs.js';

describe('findYamlFiles', () => {
  it('lists .yaml and .yml files recursively in a stable order, skipping hidden entries and node_modules', () => {
    const dir = makeTempDir('clientfit-files-');
    for (const d of ['b', 'a/deep', '.git', 'node_modules/x', '.archive']) mkdirSync(join(dir, d), { recursive: true });
    for (const f of ['z.yaml', 'b/c.yml', 'a/deep/d.YAML', 'a/notes.txt', '.clientfit.yaml', '.git/x.yaml', 'node_modules/x/y.yaml', '.archive/old.yaml', 'a/a.yaml'])
      writeFileSync(join(dir, f), 'name: X\n');
    symlinkSync(join(dir, 'z.yaml'), join(dir, 'link.yaml'));
    symlinkSync(join(dir, 'b'), join(dir, 'loop'));
    const { files, unreadable } = findYamlFiles(dir);
    expect(files.map((f) => relative(dir, f))).toEqual(['a/a.yaml', 'a/deep/d.YAML', 'b/c.yml', 'link.yaml', 'z.yaml']);
    expect(unreadable).toEqual([]);
  });

  it('throws for a top folder that cannot be listed', () => {
    expect(() => findYamlFiles(join(tmpdir(), 'clientfit-does-not-exist-42'))).toThrow();
  });
});

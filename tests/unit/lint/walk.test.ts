import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPaths } from '../../../src/io/walk.js';
import { makeTempDir } from '../../support/tempDirs.js';

function tree(): string {
  const d = makeTempDir('clientfit-walk-');
  for (const f of ['b.yaml', 'a.yml', '.clientfit.yaml', 'notes.txt', 'sub/c.YAML', 'sub/deeper/d.yaml', '.git/x.yaml', 'node_modules/p/e.yaml']) {
    mkdirSync(join(d, f, '..'), { recursive: true });
    writeFileSync(join(d, f), 'name: x\n');
  }
  mkdirSync(join(d, 'empty'));
  symlinkSync(d, join(d, 'sub', 'loop'));
  return d;
}

describe('expandPaths', () => {
  it('walks folders for *.yaml and *.yml, sorted, hidden files in, dot-folders and node_modules out, links to folders not followed', () => {
    const d = tree();
    const { files, empty } = expandPaths([d]);
    expect(files.map((f) => relative(d, f))).toEqual(['.clientfit.yaml', 'a.yml', 'b.yaml', 'sub/c.YAML', 'sub/deeper/d.yaml']);
    expect(empty).toEqual([]);
  });
  it('passes files, missing paths and - through, and drops repeats', () => {
    const d = tree();
    const { files } = expandPaths([join(d, 'b.yaml'), '-', join(d, 'missing.yaml'), d, join(d, 'b.yaml')]);
    expect(files.map((f) => (f === '-' ? f : relative(d, f)))).toEqual(['b.yaml', '-', 'missing.yaml', '.clientfit.yaml', 'a.yml', 'sub/c.YAML', 'sub/deeper/d.yaml']);
  });
  it('names folders with no YAML file in them', () => {
    const d = tree();
    expect(expandPaths([join(d, 'empty')])).toEqual({ files: [], empty: [join(d, 'empty')] });
  });
});

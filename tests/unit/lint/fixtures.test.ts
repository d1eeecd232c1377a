/**
 * Every rule against its fixtures in tests/fixtures/lint/<case>/: each `bad*.yaml` states
 * the findings it must produce in `# expect: [FILE ]LINE:COL SEVERITY RULE` lines (worked
 * out by counting characters, not copied from output), and must produce exactly those;
 * each `good*.yaml` is a near miss of the same rule and must produce nothing at all.
 * Files go through lintPaths, so cross-file rules (logs, extends) read real files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../../../src/io/lintPaths.js';
import { AS_OF } from './helpers.js';

const ROOT = join(import.meta.dirname, '..', '..', 'fixtures', 'lint');
const EXPECT = /^\s*# expect: (?:(\S+\.ya?ml) )?(\d+:\d+ (?:error|warning) [a-z-]+)\s*$/;

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function run(dir: string, name: string): string[] {
  const { findings, fatal } = lintPaths([join(dir, name)], { asOf: AS_OF });
  expect(fatal).toEqual([]);
  return findings.map((f) => {
    const file = relative(dir, f.file);
    return `${file === name ? '' : `${file} `}${f.line}:${f.col} ${f.severity} ${f.rule}`;
  });
}

describe('lint fixtures', () => {
  it('has a case for every rule that can be written as a file', () => {
    // not-utf8 and too-large need bytes a fixture should not hold; lint.test.ts (e2e) makes them.
    expect(cases.length).toBeGreaterThanOrEqual(28);
  });
  for (const c of cases) {
    const dir = join(ROOT, c);
    const files = readdirSync(dir).sort();
    const bad = files.filter((f) => f.startsWith('bad'));
    const good = files.filter((f) => f.startsWith('good') && !f.includes('.log.'));
    it(`${c}: has a bad and a good fixture`, () => {
      expect(bad.length).toBeGreaterThan(0);
      expect(good.length).toBeGreaterThan(0);
    });
    for (const name of bad) {
      it(`${c}/${name}: triggers exactly the expected findings`, () => {
        const want = readFileSync(join(dir, name), 'utf8')
          .split('\n')
          .map((l) => EXPECT.exec(l))
          .filter((x) => x !== null)
          .map((x) => `${x[1] ? `${x[1]} ` : ''}${x[2]}`);
        expect(want.length).toBeGreaterThan(0);
        expect(run(dir, name).sort()).toEqual(want.sort());
      });
    }
    for (const name of good) {
      it(`${c}/${name}: is quiet`, () => {
        expect(run(dir, name)).toEqual([]);
      });
    }
  }
});

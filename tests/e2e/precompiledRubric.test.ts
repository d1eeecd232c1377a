// The shipped rubric is built once at packaging time (scripts/precompileRubrics.ts →
// dist/rubrics/default.json) so `score` need not parse its YAML on every run. These tests
// prove the shortcut can never change a result: it equals a fresh build, and an edited
// rubrics/default.yaml is read again instead of the stale JSON.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/io/loadRubric.js';
import { ROOT, spawnCli, tempDir } from './harness.js';
import { spawnSync } from 'node:child_process';

const AS_OF = ['--as-of', '2026-11-24'];

describe('precompiled shipped rubric', () => {
  it('dist/rubrics/default.json holds exactly what parsing rubrics/default.yaml builds', () => {
    const stored = JSON.parse(readFileSync(join(ROOT, 'dist', 'rubrics', 'default.json'), 'utf8'));
    expect(stored.source).toBe(readFileSync(join(ROOT, 'rubrics', 'default.yaml'), 'utf8').replace(/^\uFEFF/, ''));
    // Run from src/, loadRubric has no JSON beside it and always parses.
    expect(stored.rubric).toEqual(loadRubric('builtin:default'));
  });

  // The built CLI (spawnCli): only dist/ has the precompiled JSON beside it.
  it('spawned: scores every example the same through the JSON and through the YAML', () => {
    for (const file of ['examples/acme.yaml', 'examples/brightpath.yaml', 'examples/nordlicht.yaml']) {
      const viaJson = spawnCli(['score', file, ...AS_OF, '--format', 'json']);
      const viaYaml = spawnCli(['score', file, ...AS_OF, '--format', 'json', '--rubric', 'rubrics/default.yaml']);
      expect(viaJson.code).toBe(viaYaml.code);
      const a = JSON.parse(viaJson.stdout);
      const b = JSON.parse(viaYaml.stdout);
      expect(a.rubric.file).toBe('builtin:default');
      expect(b.rubric.file).toBe('rubrics/default.yaml');
      delete a.rubric.file;
      delete b.rubric.file;
      expect(a).toEqual(b);
    }
  });

  it('spawned: reads an edited rubrics/default.yaml again instead of the stale JSON', () => {
    // A copy of the installed package whose shipped rubric was edited after the build.
    const pkg = tempDir();
    for (const d of ['bin', 'dist', 'rubrics', 'examples']) cpSync(join(ROOT, d), join(pkg, d), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
    const yaml = join(pkg, 'rubrics', 'default.yaml');
    const before = spawnSync(process.execPath, [join(pkg, 'bin', 'clientfit.js'), 'score', 'examples/brightpath.yaml', ...AS_OF, '--format', 'json'], { cwd: pkg, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(before.stderr).toBe('');
    const fit = JSON.parse(before.stdout).fit as number;
    // Bands moved so that no fit can be `keep`: the verdict must follow the edit.
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^bands: \{keep: 75, review: 45\}$/m, 'bands: {keep: 100, review: 99}'));
    expect(readFileSync(yaml, 'utf8')).not.toBe(readFileSync(join(ROOT, 'rubrics', 'default.yaml'), 'utf8'));
    const after = spawnSync(process.execPath, [join(pkg, 'bin', 'clientfit.js'), 'score', 'examples/brightpath.yaml', ...AS_OF, '--format', 'json'], { cwd: pkg, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(after.stderr).toBe('');
    const report = JSON.parse(after.stdout);
    expect(report.fit).toBe(fit);
    expect(report.verdict).toBe('exit');
  });
});

/** The README's CI recipe, run by scripts/ciRecipe.mjs in a new project with clientfit installed from `npm pack`. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './harness.js';

it("the README's CI recipe works in a project with clientfit installed from a packed tarball", () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'ciRecipe.mjs')], { cwd: ROOT, encoding: 'utf8', timeout: 230_000 });
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  expect(r.stdout).toMatch(/The README's CI recipe works/);
});

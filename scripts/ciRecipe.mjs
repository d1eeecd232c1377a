// Runs the README's CI recipe (the `run:` steps between the `ci-recipe` markers) in a new
// project that has clientfit installed from a tarball made by `npm pack`, as a user's CI
// would; then checks that a warning fails the lint step with a `::warning` annotation.
// Exit 0 when every step behaves. Used by tests/e2e/ciRecipe.slow.test.ts.
//
//   node scripts/ciRecipe.mjs [--keep]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'clientfit-recipe-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function sh(cmd, cwd, { expect = 0 } = {}) {
  const r = spawnSync('bash', ['-c', cmd], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1', npm_config_update_notifier: 'false' }, timeout: 300_000 });
  const ok = r.status === expect;
  console.log(`${ok ? 'ok' : 'FAILED'}  $ ${cmd}  (exit ${r.status}, expected ${expect})`);
  if (!ok) {
    console.log(r.stdout.slice(-2000));
    console.log(r.stderr.slice(-2000));
    throw new Error(`step failed: ${cmd}`);
  }
  return r;
}

/** The recipe's `run:` lines, exactly as the README shows them. */
function recipeSteps() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /<!-- ci-recipe[^>]*-->\s*```yaml\n([\s\S]*?)```\s*<!-- \/ci-recipe -->/.exec(readme);
  if (!block) throw new Error('README has no ci-recipe block');
  const steps = [...block[1].matchAll(/^\s*- run: (.+)$/gm)].map((m) => m[1].trim());
  if (!steps.length) throw new Error('the ci-recipe block has no run: steps');
  return steps;
}

try {
  const steps = recipeSteps();
  // 1. The package as npm would publish it.
  const packed = sh(`${npm} pack --silent --pack-destination ${JSON.stringify(work)}`, ROOT);
  const tarball = packed.stdout.trim().split('\n').pop();
  // 2. A user's project: clientfit as a dev dependency from the tarball, some rubrics and clients.
  const project = join(work, 'project');
  mkdirSync(join(project, 'rubrics'), { recursive: true });
  mkdirSync(join(project, 'clients'), { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'my-clients', private: true, devDependencies: { clientfit: `file:../${tarball}` } }, null, 2) + '\n');
  for (const f of ['acme.yaml', 'acme.log.yaml', 'nordlicht.yaml', 'brightpath.yaml']) cpSync(join(ROOT, 'examples', f), join(project, 'clients', f));
  writeFileSync(join(project, 'rubrics', 'team.yaml'), 'id: team\ntitle: {en: Our rubric, es: Nuestra rúbrica}\nextends: builtin:default\ncriteria:\n  - {id: late-payment, weight: 25}\n');
  sh(`${npm} install --no-audit --no-fund --prefer-offline --loglevel=error`, project);
  // 3. The recipe's steps, as the README writes them.
  for (const step of steps) sh(step, project);
  JSON.parse(readFileSync(join(project, 'clientfit.sarif'), 'utf8'));
  // 4. A warning fails the lint step and is an annotation.
  writeFileSync(join(project, 'rubrics', 'team.yaml'), 'id: team\ntitle: {en: Our rubric, es: Nuestra rúbrica}\nextends: builtin:default\ncriteria:\n  - {id: late-payment, weigth: 25}\n');
  const lintStep = steps.find((s) => s.includes('--format github'));
  const r = sh(lintStep, project, { expect: 1 });
  if (!/^::warning file=rubrics\/team\.yaml,line=5,/m.test(r.stdout)) throw new Error(`no ::warning annotation for rubrics/team.yaml:5 in:\n${r.stdout}`);
  console.log(`\nThe README's CI recipe works in a project with clientfit from ${tarball}.`);
} catch (e) {
  console.error(String(e?.message ?? e));
  process.exitCode = 1;
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}

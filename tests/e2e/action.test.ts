/**
 * The composite GitHub Action (action.yml): its lint step's script, run with bash as the
 * runner would, with inputs in the environment (never pasted into the script) and
 * GITHUB_OUTPUT, against the built CLI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, ROOT, tempDir } from './harness.js';

interface Step {
  id?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; steps: Step[] }; inputs: Record<string, { default?: string }> };
const lint = action.runs.steps.find((s) => s.id === 'lint')!;

function runStep(cwd: string, inputs: Record<string, string>) {
  const out = join(cwd, 'github-output');
  writeFileSync(out, '');
  const env: Record<string, string> = { ...(process.env as Record<string, string>), GITHUB_OUTPUT: out, CLIENTFIT: BIN, NO_COLOR: '1' };
  for (const [name, input] of Object.entries(action.inputs)) env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] = inputs[name] ?? input.default ?? '';
  const r = spawnSync('bash', ['-e', '-c', lint.run!], { cwd, env, encoding: 'utf8', timeout: 30_000 });
  return { ...r, output: readFileSync(out, 'utf8') };
}

describe('action.yml', () => {
  it('is a composite action whose steps take inputs through the environment only', () => {
    expect(action.runs.using).toBe('composite');
    for (const s of action.runs.steps) expect(s.run ?? '').not.toMatch(/\$\{\{\s*inputs\./);
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'format', 'max-warnings', 'sarif-file', 'lang', 'setup-node']));
  });

  it('format github: annotations, exit 1 on a finding, 0 when clean', async () => {
    const dir = tempDir(true);
    const clean = runStep(dir, { paths: 'examples', 'max-warnings': '0' });
    expect(clean.status, clean.stderr).toBe(0);
    writeFileSync(join(dir, 'examples', 'odd.yaml'), 'name: Odd\nindustri: retail\n');
    const warn = runStep(dir, { paths: 'examples', 'max-warnings': '0' });
    expect(warn.status).toBe(1);
    expect(warn.stdout).toMatch(/^::warning file=examples\/odd\.yaml,line=2,col=1,title=unknown-key::/m);
    expect(runStep(dir, { paths: 'examples' }).status).toBe(0);
  });

  it('format sarif: writes the file, names it as the step output, keeps lint exit code', async () => {
    const dir = tempDir(true);
    writeFileSync(join(dir, 'examples', 'bad.yaml'), 'name: Bad\nsince: 2026-02-30\n');
    const r = runStep(dir, { paths: 'examples', format: 'sarif', 'sarif-file': 'out.sarif' });
    expect(r.status).toBe(1);
    expect(r.output).toBe('sarif-file=out.sarif\n');
    expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).runs[0].results.length).toBeGreaterThan(0);
  });

  it('an input is data, never code; a bad format is a clear error', async () => {
    const dir = tempDir(true);
    const r = runStep(dir, { paths: 'examples $(touch pwned) `touch pwned2`' });
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
    expect(existsSync(join(dir, 'pwned2'))).toBe(false);
    expect(r.status).toBe(2);
    const f = runStep(dir, { paths: 'examples', format: 'xml' });
    expect(f.status).toBe(2);
    expect(f.stdout).toMatch(/::error title=clientfit::format must be github or sarif/);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('defines clientfit-lint as a node hook on clientfit files', () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; files: string }[];
    const hook = hooks.find((h) => h.id === 'clientfit-lint')!;
    expect(hook).toMatchObject({ entry: 'clientfit lint', language: 'node' });
    const files = new RegExp(hook.files);
    for (const f of ['clients/acme.yaml', 'team/rubrics/x.yml', '.clientfit.yaml', 'a/.clientfit.yaml']) expect(files.test(f), f).toBe(true);
    for (const f of ['.github/workflows/ci.yml', 'docker-compose.yaml', 'clients/readme.md']) expect(files.test(f), f).toBe(false);
  });
});

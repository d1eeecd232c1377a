/**
 * `clientfit lint --format sarif` checked by a validator nobody here wrote: Microsoft's SARIF
 * Multitool (`@microsoft/sarif-multitool`), with the SARIF rules and the rules GitHub code
 * scanning applies (`--rule-kind Gh`). Zero errors and zero warnings. The Multitool is a
 * 100 MB binary, so it is not a dev dependency (the composite action installs clientfit's
 * dev dependencies): this slow test installs it once into a folder outside the repository
 * and skips, saying why, only where it cannot be installed.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './harness.js';

const VERSION = '5.7.0';
/** Where the Multitool is installed once per machine and version (CLIENTFIT_SARIF_MULTITOOL_DIR to choose). */
const HOME = process.env.CLIENTFIT_SARIF_MULTITOOL_DIR ?? join(tmpdir(), `clientfit-sarif-multitool-${VERSION}`);

/** The platform's Multitool binary, installed from the npm registry when missing; null where that fails. */
function multitool(): string | null {
  const find = () => {
    try {
      const require = createRequire(join(HOME, 'package.json'));
      const dir = require.resolve(`@microsoft/sarif-multitool-${process.platform}/package.json`).replace(/package\.json$/, '');
      const bin = join(dir, process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');
      return existsSync(bin) ? bin : null;
    } catch {
      return null;
    }
  };
  const found = find();
  if (found) return found;
  mkdirSync(HOME, { recursive: true });
  if (!existsSync(join(HOME, 'package.json'))) writeFileSync(join(HOME, 'package.json'), '{"name":"sarif-multitool-for-clientfit-tests","private":true}\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error', `@microsoft/sarif-multitool@${VERSION}`], { cwd: HOME, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) {
    process.stderr.write(`could not install @microsoft/sarif-multitool: ${r.stderr || r.error}\n`);
    return null;
  }
  return find();
}
const MULTITOOL = multitool();

let dir: string;

/** Findings of nearly every rule: a broken team rubric, a messy client, a log, the examples. */
beforeAll(() => {
  dir = tempDir(true);
  mkdirSync(join(dir, 'rubrics'));
  mkdirSync(join(dir, 'clients'));
  writeFileSync(
    join(dir, 'rubrics', 'team.yaml'),
    [
      'id: team',
      'title: {en: Team, es: Equipo}',
      'extends: builtin:default',
      'bands: {keep: 40, review: 60}',
      'window: 12 months',
      'criteria:',
      '  - {id: fee-disputes, warn: 2}',
      '  - {id: late-payment, weight: 0}',
      '  - {id: x, metric: complains, warn: 1, flag: 2, weight: 5, title: {en: X}}',
      '  - {id: x, metric: complaints, warn: 1, flag: 2, weight: 5}',
      '  - id: y',
      '    weigth: 5',
    ].join('\n') + '\n',
  );
  writeFileSync(
    join(dir, 'clients', 'zeta.yaml'),
    [
      'name: Zeta',
      'industri: retail',
      'logs: [zeta.log.yaml, missing.log.yaml]',
      'events:',
      '  - {date: 2026-03-10, type: invoice, ref: F-1, amount: 100, due: 2026-04-10, paid: 2026-03-01}',
      '  - {date: 2026-04-31, type: complain}',
      '  - {date: 2026-05-01, type: invoice, ref: F-1, amount: "1,500.00", due: 2026-06-01}',
      '  - {date: 2027-05-01, type: complaint, note: Extra page #42}',
    ].join('\n') + '\n',
  );
  writeFileSync(join(dir, 'clients', 'zeta.log.yaml'), 'events:\n  - {date: 2026-01-01, type: invoice, ref: F-2, amount: 5, due: 2026-02-01, payed: 2026-01-20}\n');
  writeFileSync(join(dir, 'clients', 'broken.yaml'), 'name: [unclosed\n');
});

/** Lints, validates with one rule kind, and returns the validator's results. */
async function validate(kind: 'Sarif' | 'Gh', args: string[] = [], spoil: (log: { runs: { tool: { driver: { rules: Record<string, unknown>[] } } }[] }) => void = () => {}): Promise<{ level?: string; ruleId: string; message: { arguments?: string[] } }[]> {
  const r = await runCli(['lint', 'rubrics', 'clients', 'examples', '--format', 'sarif', '--as-of', '2026-11-24', ...args], { cwd: dir });
  expect(r.code).toBe(1);
  const log = join(dir, `out-${kind}.sarif`);
  const parsed = JSON.parse(r.stdout);
  spoil(parsed);
  writeFileSync(log, JSON.stringify(parsed));
  const out = join(dir, `validation-${kind}.sarif`);
  const v = spawnSync(MULTITOOL!, ['validate', log, '--rule-kind', kind, '--output', out, '--log', 'ForceOverwrite', '--quiet'], { encoding: 'utf8', timeout: 120_000 });
  expect(v.error).toBeUndefined();
  const validation = JSON.parse(readFileSync(out, 'utf8')) as { runs: { results?: { level?: string; ruleId: string; message: { arguments?: string[] } }[] }[] };
  return validation.runs[0]!.results ?? [];
}

describe.skipIf(!MULTITOOL)(`SARIF checked by Microsoft's SARIF Multitool${MULTITOOL ? '' : ` — skipped: @microsoft/sarif-multitool ${VERSION} could not be installed for ${process.platform} (no npm registry?)`}`, () => {
  it('the log has findings of many rules to check', async () => {
    const r = await runCli(['lint', 'rubrics', 'clients', 'examples', '--format', 'sarif', '--as-of', '2026-11-24'], { cwd: dir });
    const rules = new Set((JSON.parse(r.stdout) as { runs: { results: { ruleId: string }[] }[] }).runs[0]!.results.map((x) => x.ruleId));
    expect(rules.size).toBeGreaterThanOrEqual(10);
  });

  it('SARIF rules: 0 errors and 0 warnings', async () => {
    const results = await validate('Sarif');
    expect(results.map((x) => `${x.ruleId}: ${(x.message.arguments ?? []).join(' | ')}`)).toEqual([]);
  }, 180_000);

  it('GitHub code scanning rules: 0 errors and 0 warnings, also under --lang es', async () => {
    const results = await validate('Gh', ['--lang', 'es']);
    expect(results.map((x) => `${x.ruleId}: ${(x.message.arguments ?? []).join(' | ')}`)).toEqual([]);
  }, 180_000);

  it('the validator does check: rules without help are reported (GH2012)', async () => {
    const results = await validate('Gh', [], (log) => {
      for (const rule of log.runs[0]!.tool.driver.rules) {
        delete rule.help;
        delete rule.fullDescription;
      }
    });
    expect(results.length).toBeGreaterThan(0);
    expect(new Set(results.map((x) => x.ruleId))).toContain('GH2012');
  }, 180_000);
});

/**
 * `clientfit rubric show`: the effective rubric after `extends`, as YAML that lints clean
 * and scores the same. Expected numbers come from rubrics/default.yaml and the brightpath
 * example (fit 60 at 2026-11-24: late-payment -20 and scope-creep -20, see score.test.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hasStackTrace, runCli, tempDir } from './harness.js';

const AS_OF = '2026-11-24';
let dir: string;
const put = (name: string, text: string) => writeFileSync(join(dir, name), text);
const fitOf = async (args: string[]) => JSON.parse((await runCli(['score', 'examples/brightpath.yaml', '--as-of', AS_OF, '--format', 'json', ...args], { cwd: dir })).stdout).fit;

beforeAll(() => {
  dir = tempDir(true);
  put(
    'team.yaml',
    'id: team\nextends: builtin:default\ncriteria:\n  - {id: scope-creep, enabled: false}\n  - {id: late-payment, weight: 30, title: {en: Slow to pay}}\n',
  );
});

describe('rubric show', () => {
  it('prints the built-in default when there is no --rubric and no settings, and it lints clean', async () => {
    const r = await runCli(['rubric', 'show'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const y = parse(r.stdout);
    expect(y.id).toBe('default');
    expect(y.extends).toBeNull();
    expect(y.criteria).toHaveLength(18);
    put('shown-default.yaml', r.stdout);
    const lint = await runCli(['lint', 'shown-default.yaml'], { cwd: dir });
    expect([lint.code, lint.stdout]).toEqual([0, '✔ 1 file checked, no problems\n']);
  });

  it('merges extends: the removed criterion is gone, the override applied, the wording merged per language', async () => {
    const r = await runCli(['rubric', 'show', '--rubric', 'team.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    const y = parse(r.stdout);
    expect(y.id).toBe('team');
    expect(y.extends).toBeNull();
    expect(y.criteria.map((c: { id: string }) => c.id)).not.toContain('scope-creep');
    const late = y.criteria.find((c: { id: string }) => c.id === 'late-payment');
    expect(late).toMatchObject({ weight: 30, warn: 0.2, flag: 0.5, metric: 'late_invoice_ratio', window: '12m', dealbreaker: false });
    expect(late.title).toEqual({ en: 'Slow to pay', es: 'No paga a tiempo (o nunca)' });
    for (const c of y.criteria) expect(Object.keys(c)).toEqual(expect.arrayContaining(['id', 'title', 'why', 'metric', 'warn', 'flag', 'weight', 'window', 'dealbreaker', 'talking_point']));
  });

  it('the shown YAML lints clean (piped into lint) and scores exactly like the rubric it came from', async () => {
    const shown = (await runCli(['rubric', 'show', '--rubric', 'team.yaml'], { cwd: dir })).stdout;
    const lint = await runCli(['lint', '-', '--format', 'json'], { cwd: dir, input: shown });
    expect([lint.code, lint.stdout]).toEqual([0, '[]\n']);
    put('shown-team.yaml', shown);
    // scope-creep removed (+20) and late-payment now weighs 30 (-30 instead of -20): 100 - 30 = 70.
    expect(await fitOf(['--rubric', 'team.yaml'])).toBe(70);
    expect(await fitOf(['--rubric', 'shown-team.yaml'])).toBe(70);
  });

  it('uses the settings rubric: when there is no --rubric', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'mine.yaml'), 'id: mine\nextends: builtin:default\n');
    writeFileSync(join(d, '.clientfit.yaml'), 'rubric: mine.yaml\n');
    expect(parse((await runCli(['rubric', 'show'], { cwd: d })).stdout).id).toBe('mine');
  });

  it('writes its header comment in Spanish with --lang es', async () => {
    expect((await runCli(['rubric', 'show', '--lang', 'es'], { cwd: dir })).stdout.split('\n')[0]).toBe(
      '# Rúbrica efectiva de builtin:default, con `extends` resuelto: cada criterio con todos sus campos.',
    );
  });

  it('a rubric that cannot be read or built is exit 2 with file:line:col, no stack', async () => {
    const missing = await runCli(['rubric', 'show', '--rubric', 'nowhere.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot find nowhere.yaml');
    put('loop.yaml', 'extends: ./loop.yaml\n');
    const loop = await runCli(['rubric', 'show', '--rubric', 'loop.yaml'], { cwd: dir });
    expect(loop.code).toBe(2);
    expect(loop.stderr).toContain('loop.yaml:1:10: error: `extends` loops back to ./loop.yaml');
    expect(hasStackTrace(missing.stderr + loop.stderr)).toBe(false);
  });
});

/**
 * Rubric `extends` as score and exit see it (src/io/loadRubric.ts + core/rubric.ts
 * buildRubric): override by id, add, remove with `enabled: false`, wording merged per
 * language, chains, loops and missing parents. Expected values come from
 * rubrics/default.yaml (late-payment: warn 0.2, flag 0.5, weight 20; 18 criteria).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../src/core/errors.js';
import { loadRubric } from '../../../src/io/loadRubric.js';
import { lintPaths } from '../../../src/io/lintPaths.js';
import { AS_OF } from './helpers.js';
import { worded } from '../build.js';
import { makeTempDir } from '../../support/tempDirs.js';

let dir: string;
const put = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const problemsOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e.problems.map((p) => worded(p));
    throw e;
  }
  throw new Error('expected a UserError');
};

beforeAll(() => {
  dir = makeTempDir('clientfit-extends-');
});

describe('extends', () => {
  it('overrides by id, keeps the rest of the criterion, adds new ones and removes with enabled: false', () => {
    const r = loadRubric(
      put(
        'team.yaml',
        `id: team
extends: builtin:default
bands: {keep: 80}
criteria:
  - {id: late-payment, weight: 25, title: {en: Slow to pay}}
  - {id: scope-creep, enabled: false}
  - id: slow-feedback
    title: {en: Slow feedback, es: Tarda en opinar}
    metric: {count: [feedback_late]}
    warn: 1
    flag: 3
    weight: 5
`,
      ),
    );
    expect(r.id).toBe('team');
    // 18 shipped criteria, one removed, one added.
    expect(r.criteria).toHaveLength(18);
    expect(r.criteria.some((c) => c.id === 'scope-creep')).toBe(false);
    const late = r.criteria.find((c) => c.id === 'late-payment')!;
    expect([late.metric, late.warn, late.flag, late.weight, late.theme]).toEqual(['late_invoice_ratio', 0.2, 0.5, 25, 'payment']);
    // English replaced, Spanish inherited.
    expect(late.title).toEqual({ en: 'Slow to pay', es: 'No paga a tiempo (o nunca)' });
    // Inherited criteria keep their place; new ones go last.
    expect(r.criteria[0]!.id).toBe('late-payment');
    expect(r.criteria.at(-1)!.id).toBe('slow-feedback');
    expect(r.bands).toEqual({ keep: 80, review: 45 });
    expect(r.window).toBe('12m');
  });

  it('follows a chain of relative paths, each relative to the file that names it', () => {
    put('base.yaml', 'id: base\nextends: builtin:default\nwindow: 6m\n');
    put('mid.yaml', 'extends: ./base.yaml\ncriteria:\n  - {id: abuse, weight: 30}\n');
    const r = loadRubric(put('leaf.yaml', 'id: leaf\nextends: mid.yaml\ncriteria:\n  - {id: abuse, dealbreaker: false}\n'));
    const abuse = r.criteria.find((c) => c.id === 'abuse')!;
    expect([abuse.weight, abuse.dealbreaker, r.window, r.id]).toEqual([30, false, '6m', 'leaf']);
  });

  it('refuses a loop, pointing at the extends that closes it', () => {
    put('loop-a.yaml', 'extends: ./loop-b.yaml\n');
    put('loop-b.yaml', 'extends: ./loop-a.yaml\n');
    const [p] = problemsOf(() => loadRubric(join(dir, 'loop-a.yaml')));
    expect(p).toMatchObject({ code: 'extends', line: 1, col: 10 });
    expect(p!.message).toContain('loops back to ./loop-a.yaml');
  });

  it('refuses a parent that does not exist', () => {
    const [p] = problemsOf(() => loadRubric(put('orphan.yaml', 'extends: ./nowhere.yaml\n')));
    expect(p).toMatchObject({ code: 'extends', line: 1, col: 10 });
  });

  it('a new criterion missing a field after the merge is an error in score too', () => {
    const [p] = problemsOf(() => loadRubric(put('half.yaml', 'extends: builtin:default\ncriteria:\n  - {id: new-one, metric: abuse, warn: 0.5, flag: 1}\n')));
    expect(p!.message).toBe('criterion `new-one` has no `weight`');
  });

  it('lint agrees with score: the same files are clean, or fail, in both', () => {
    const lint = (f: string) => lintPaths([join(dir, f)], { asOf: AS_OF }).findings.filter((x) => x.severity === 'error');
    expect(lint('team.yaml')).toEqual([]);
    expect(lint('leaf.yaml')).toEqual([]);
    expect(lint('loop-a.yaml').map((f) => f.rule)).toEqual(['extends']);
    expect(lint('orphan.yaml').map((f) => f.rule)).toEqual(['extends']);
    expect(lint('half.yaml').map((f) => f.rule)).toEqual(['incomplete-criterion']);
  });

  it('lint never reads standard input for `extends: "-"` (it is a file named -), even from the current folder', () => {
    put('dash.yaml', 'extends: "-"\n');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      // Were "-" taken as stdin, this would read the test runner's stdin instead of failing.
      const f = lintPaths(['dash.yaml'], { asOf: AS_OF });
      expect(f.findings.map((x) => `${x.rule}: ${worded(x).message}`)).toEqual([
        'extends: `extends` points at -, which cannot be read (expected: a rubric path relative to this file, or builtin:default)',
      ]);
    } finally {
      process.chdir(cwd);
    }
  });
});

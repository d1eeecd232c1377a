/**
 * A sample of the seeded fuzz corpus for `npm test`: 150 in-process cases, every tenth of
 * the 1,500 that CI runs (tests/e2e/fuzz.test.ts, in `npm run test:slow`), so the default
 * suite still sees every kind of mutation and command in a few seconds. Same oracle, same
 * worker pool (a case that hangs is stopped), same environment as the full run.
 *
 * A failure names its case with a replay line: FUZZ_SEED=… FUZZ_ONLY=… on the full file.
 */
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseOptionsFromEnv } from '../fuzz/corpus.js';
import { runInWorkers } from '../fuzz/workerPool.js';
import { makeTempDir } from '../support/tempDirs.js';

const RUN_SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const SAMPLE = Array.from({ length: 150 }, (_, i) => i * 10);
const WORKERS = Math.max(1, Math.min(2, availableParallelism()));

describe('fuzz corpus sample', () => {
  it(`in-process: ${SAMPLE.length} of the CI corpus's cases (seed ${RUN_SEED})`, { timeout: 120_000 }, async () => {
    const root = makeTempDir('clientfit-fuzz-');
    const home = join(root, 'home');
    mkdirSync(home);
    // As in fuzz.test.ts: colour off, a neutral language, an empty home.
    const env = { NO_COLOR: '1', FORCE_COLOR: undefined, LANG: 'C', LC_ALL: undefined, LC_MESSAGES: undefined, LANGUAGE: undefined, HOME: home, XDG_CACHE_HOME: join(root, 'cache') };
    const reports = await runInWorkers(SAMPLE, { seed: RUN_SEED, caseOptions: caseOptionsFromEnv(), root, limitMs: 10_000, keep: false, env }, { workers: WORKERS, hangMs: 30_000 });
    const failures = reports.filter((r) => r.violations.length);
    const lines = failures.slice(0, 20).map((f) => `- ${f.line}\n    ${f.violations.join('\n    ')}${f.stderr ? `\n    stderr: ${JSON.stringify(f.stderr.slice(0, 400))}` : ''}`);
    expect(failures.length, `${failures.length} of ${reports.length} fuzz cases failed (seed ${RUN_SEED}):\n${lines.join('\n')}`).toBe(0);
  });
});

import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Three projects. `npm test` (and a plain `vitest run`) runs `unit` and `e2e`; the heavy
 * ones (the full fuzz corpus, files named *.slow.test.ts) are the `slow` project, defined
 * only when CLIENTFIT_SLOW_TESTS=1 (`npm run test:slow`, `npm run fuzz`) so that nobody
 * runs them by accident.
 *
 * - unit: one shared module graph (isolate: false): the pure core has no global state, and
 *   per-file isolation cost ~10× the tests' own run time on a 2-core machine.
 * - e2e: most cases call run(argv) in-process (tests/e2e/harness.ts), which changes the
 *   process's cwd, env and streams for the run: that needs the `forks` pool (chdir is not
 *   allowed in worker threads) and a fresh module graph per file (the default isolate).
 *
 * Every file's temp folders are removed after it (tests/support/cleanup.ts); unit files find
 * both languages' catalogues loaded (tests/support/catalogues.ts).
 */
const slow = process.env.CLIENTFIT_SLOW_TESTS === '1';
const SLOW_FILES = ['tests/e2e/fuzz.test.ts', 'tests/**/*.slow.test.ts'];

export default defineConfig({
  test: {
    // vitest's default is one worker fewer than the CPUs: a single one on a 2-core machine.
    // The in-process e2e files are CPU-bound and independent, so use every core.
    maxWorkers: availableParallelism(),
    testTimeout: 20000,
    hookTimeout: 30000,
    setupFiles: ['tests/support/cleanup.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/property/**/*.test.ts'], isolate: false, setupFiles: ['tests/support/cleanup.ts', 'tests/support/catalogues.ts'] },
      },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], exclude: SLOW_FILES, pool: 'forks' } },
      ...(slow ? [{ extends: true as const, test: { name: 'slow', include: SLOW_FILES, pool: 'forks' as const, testTimeout: 240_000 } }] : []),
    ],
  },
});

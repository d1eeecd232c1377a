import { defineConfig } from 'vitest/config';

// Unit tests share one module graph (isolate: false): the pure core has no global state,
// and per-file isolation cost ~10× the tests' own run time on a 2-core machine.
export default defineConfig({
  test: {
    testTimeout: 20000,
    hookTimeout: 30000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/property/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'] } },
    ],
  },
});

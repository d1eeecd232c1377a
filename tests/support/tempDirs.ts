/**
 * Temp folders that remove themselves: every folder made here is deleted after the test
 * file that made it has finished (tests/support/cleanup.ts, a vitest setup file, registers
 * that afterAll for every file), so a test run leaves nothing behind in the temp dir.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();

/** A fresh folder `<tmpdir>/<prefix>XXXXXX`, removed after the current test file. */
export function makeTempDir(prefix = 'clientfit-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Removes every folder makeTempDir() made so far (the setup file calls it in afterAll). */
export function removeTempDirs(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made.clear();
}

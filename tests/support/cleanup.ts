// Vitest setup file (vitest.config.ts `setupFiles`): runs before every test file, in its
// module graph, so this afterAll removes the temp folders that file made with makeTempDir().
import { afterAll } from 'vitest';
import { removeTempDirs } from './tempDirs.js';

afterAll(removeTempDirs);

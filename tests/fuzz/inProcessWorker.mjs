// Worker-thread entry for the in-process fuzz runs. A worker does not share vitest's module
// loader, so the TypeScript side (and src/ behind it) is loaded through tsx.
import { tsImport } from 'tsx/esm/api';

await tsImport('./inProcessWorker.ts', import.meta.url);

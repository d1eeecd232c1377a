import { createRequire } from 'node:module';

/**
 * V8 waits this long (in bytecode executed, per function) before optimising a function
 * with TurboFan; its default is 67,584. A run of clientfit is short and spends its first
 * tenth of a second parsing YAML: at the default, TurboFan optimises yaml's lexer while the
 * first file is parsed, deoptimises it and tries again, and a cold parse of the 23 KB default
 * rubric takes ~110 ms instead of ~37 ms (docs/PITFALLS.md, start-up). A larger budget
 * still optimises the hot code of a long run (a portfolio, an import) a little later.
 * `--verify-snapshot-checksum` makes V8 check a code cache's contents before it uses one
 * (dist/vendor/NAME.cache): without it, Node 20 checks only the cache's lengths, version
 * and flags, and a damaged file of the right length kills the process.
 */
export const V8_FLAGS = '--interrupt-budget=1000000 --verify-snapshot-checksum';

/**
 * Sets V8_FLAGS for this process (and its worker threads) before any other module is
 * loaded. A command line that already sets `--interrupt-budget` is left alone. v8 is taken
 * through require: it costs ~3 ms, which `--version` does not pay.
 */
export function tuneV8(): void {
  if (process.execArgv.some((a) => a.startsWith('--interrupt-budget')) || /--interrupt-budget/.test(process.env.NODE_OPTIONS ?? '')) return;
  (createRequire(import.meta.url)('node:v8') as typeof import('node:v8')).setFlagsFromString(V8_FLAGS);
}

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

/** V8's own budget in Node 20 (`node --v8-options`), which untuneV8 puts back. */
const DEFAULT_BUDGET = 67584;

let v8: typeof import('node:v8') | null = null;

/**
 * Sets V8_FLAGS for this process (and its worker threads) before any other module is
 * loaded. A command line that already sets `--interrupt-budget` is left alone. v8 is taken
 * through require: it costs ~3 ms, which `--version` does not pay.
 */
export function tuneV8(): void {
  if (process.execArgv.some((a) => a.startsWith('--interrupt-budget')) || /--interrupt-budget/.test(process.env.NODE_OPTIONS ?? '')) return;
  v8 = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
  v8.setFlagsFromString(V8_FLAGS);
}

/**
 * V8's default budget again, for a long run whose own loops are hot from the start: mail
 * import, which reads a mailbox message by message, measured ~30% slower with the start-up
 * budget (portfolio was not). Undoes only what tuneV8 did; code caches are all loaded by then.
 */
export function untuneV8(): void {
  if (!v8) return;
  v8.setFlagsFromString(`--interrupt-budget=${DEFAULT_BUDGET}`);
  v8 = null;
}

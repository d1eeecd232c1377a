// Bundles the CLI with esbuild: one ESM entry plus lazily loaded chunks per command,
// so `clientfit --version` parses almost nothing (see docs/PITFALLS.md: start-up, and
// ARCHITECTURE.md: what a run loads); scripts/startupCosts.mjs takes Node's built-in
// modules through require() and defers commander's child_process.
// The portfolio's worker thread is a second entry (dist/portfolioWorker.js) sharing the
// same chunks; src/io/portfolioPool.ts finds it next to itself. Then every shipped rubric
// is built once into dist/rubrics/NAME.json (scripts/precompileRubrics.ts). yaml, zod,
// commander and the catalogues are bundled apart, in dist/vendor/, and loaded with a V8
// code cache made by training runs of the built CLI (scripts/vendorCache.mjs).
//
// The bundle is written to a fresh folder and swapped in with renames, so a run of the
// CLI (or an end-to-end test) during a rebuild never sees a half-written dist/.
import { build } from 'esbuild';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startupCosts } from './startupCosts.mjs';
import { buildVendors, trainVendors, vendored } from './vendorCache.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const dist = `${root}dist`;
const next = `${root}dist.next-${process.pid}`;
const old = `${root}dist.old-${process.pid}`;

// Bundled CommonJS dependencies call require(); ESM has none, so define one.
const banner = { js: 'import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);' };

const common = { bundle: true, format: 'esm', platform: 'node', target: 'node20', banner, logLevel: 'warning', plugins: [startupCosts] };

rmSync(next, { recursive: true, force: true });
try {
  await build({
    ...common,
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts', portfolioWorker: 'src/io/portfolioWorker.ts' },
    outdir: next,
    splitting: true,
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    define: { __VERSION__: JSON.stringify(pkg.version) },
    chunkNames: '[name]-[hash]',
    plugins: [startupCosts, vendored],
    // A name a vendored ES module does not export (a zod function missing from ZOD_NAMES).
    logOverride: { 'import-is-undefined': 'error' },
  });
  await buildVendors(root, next, [startupCosts]);
  // The precompiler is bundled beside the chunks (so it finds the package root the same
  // way), run once, and deleted.
  const tool = `${next}/precompile-rubrics.mjs`;
  await build({ ...common, absWorkingDir: root, entryPoints: ['scripts/precompileRubrics.ts'], outfile: tool, define: { __VERSION__: JSON.stringify(pkg.version) } });
  const { precompileRubrics } = await import(pathToFileURL(tool).href);
  precompileRubrics(next);
  rmSync(tool);
  const untrained = trainVendors(root, next);
  if (untrained.length) console.error(`build: no code cache for ${untrained.join(', ')} (each run compiles them; nothing else changes)`);
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(next, dist);
  rmSync(old, { recursive: true, force: true });
} catch (e) {
  rmSync(next, { recursive: true, force: true });
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
}

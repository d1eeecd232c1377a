// Bundles the CLI with esbuild: one ESM entry plus lazily loaded chunks per command,
// so `clientfit --version` parses almost nothing (see ../shared/PITFALLS.md: start-up).
// The portfolio's worker thread is a second entry (dist/portfolioWorker.js) sharing the
// same chunks; src/io/portfolioPool.ts finds it next to itself.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/cli/main.ts', portfolioWorker: 'src/io/portfolioWorker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  chunkNames: '[name]-[hash]',
  // Bundled CommonJS dependencies call require(); ESM has none, so define one.
  banner: { js: 'import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);' },
  logLevel: 'warning',
});

// The libraries every run loads (yaml, zod, commander, and the English catalogues), bundled apart from clientfit's own
// chunks and loaded through dist/vendor/load.cjs (scripts/vendorLoad.cjs) with a V8 code
// cache, so a run does not compile them again (Node 20 has no compile cache of its own).
//
// - `vendored`, an esbuild plugin for the main build: `import … from 'yaml'` becomes
//   `require('./vendor/load.cjs')('yaml')`, which esbuild's CommonJS interop turns back into
//   the same named imports.
// - buildVendors(outdir): outdir/vendor/NAME.cjs for each, and the loader.
// - trainVendors(outdir, root): runs the built CLI on the shipped rubrics and examples with
//   CLIENTFIT_VENDOR_TRAIN=1, so the loader writes outdir/vendor/NAME.cache at exit with
//   every function those runs compiled. The cache is only good for this Node (V8 version and
//   flags): another Node ignores it and compiles, as without one.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What clientfit uses of zod, by name: bundled whole, zod is 563 KB (every locale, every
 * format), against 97 KB for these. The main build sees them as the only exports of `zod`
 * and fails on any other `z.name` src uses (`import-is-undefined` is an error there), however
 * the code is written. yaml and commander are CommonJS, bundled whole (115 KB and 40 KB).
 */
export const ZOD_NAMES = ['array', 'boolean', 'config', 'enum', 'literal', 'looseObject', 'number', 'object', 'string', 'toJSONSchema', 'union', 'ZodBoolean', 'ZodNumber', 'ZodOptional', 'ZodType', 'ZodUnion'];

/**
 * Each bundle apart: what it exports. `catalogue-en` is every English catalogue
 * (src/core/i18n/bundle.en.ts, which imports nothing else), loaded by every run: 61 KB;
 * `catalogue-es` the Spanish ones, loaded by Spanish runs only (loadMessages).
 */
const ENTRIES = {
  yaml: `module.exports = require('yaml');`,
  zod: `export { ${ZOD_NAMES.join(', ')} } from 'zod';`,
  commander: `module.exports = require('commander');`,
  'catalogue-en': `export { bundleEn } from './src/core/i18n/bundle.en.ts';`,
  'catalogue-es': `export { bundleEs } from './src/core/i18n/bundle.es.ts';`,
};
export const VENDORED = Object.keys(ENTRIES);
/** The Node a cache is made for: its version and architecture (scripts/vendorLoad.cjs compares). */
const builtFor = () => `${process.version} ${process.arch}`;
const LOADER = './vendor/load.cjs';
const I18N = /[\\/]src[\\/]core[\\/]i18n[\\/][^\\/]+\.ts$/;

export const vendored = {
  name: 'vendored',
  setup(b) {
    b.onResolve({ filter: /^(yaml|zod|commander)$/ }, (a) => ({ path: a.path, namespace: 'vendored' }));
    b.onResolve({ filter: /^\.\/bundle\.(en|es)\.js$/ }, (a) => (I18N.test(a.importer) ? { path: `catalogue-${a.path.slice(9, 11)}`, namespace: 'vendored' } : undefined));
    b.onResolve({ filter: /^\.\/vendor\/load\.cjs$/, namespace: 'vendored' }, () => ({ path: LOADER, external: true }));
    // yaml and commander are CommonJS modules (esbuild's interop gives their named imports);
    // zod and the catalogues are ES modules that export exactly their names, so the build
    // can tell a name that is not there, and a dynamic import() (Spanish) reads it by name.
    b.onLoad({ filter: /.*/, namespace: 'vendored' }, (a) => {
      const load = `require(${JSON.stringify(LOADER)})(${JSON.stringify(a.path)})`;
      const lang = /^catalogue-(en|es)$/.exec(a.path)?.[1];
      if (lang) {
        const bundle = `bundle${lang[0].toUpperCase()}${lang[1]}`;
        return { contents: `export const ${bundle} = ${load}.${bundle};`, loader: 'js' };
      }
      if (a.path === 'zod') {
        const lines = ZOD_NAMES.map((n, i) => `const v${i} = m.${n};\nexport { v${i} as ${n} };`);
        return { contents: [`const m = ${load};`, ...lines].join('\n'), loader: 'js' };
      }
      return { contents: `module.exports = ${load};`, loader: 'js' };
    });
  },
};

/** Bundles each vendored library into outdir/vendor/NAME.cjs (with the build's own plugins) and copies the loader. */
export async function buildVendors(root, outdir, plugins) {
  mkdirSync(join(outdir, 'vendor'), { recursive: true });
  for (const name of VENDORED) {
    await build({
      absWorkingDir: root,
      stdin: { contents: ENTRIES[name], resolveDir: root, loader: 'js' },
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      minify: true,
      legalComments: 'none',
      logLevel: 'warning',
      // The function a CommonJS module is run in, written by the build, so the loader
      // compiles the file's text as it is read (no copy of 100 KB strings to wrap it).
      banner: { js: '(function (exports, require, module, __filename, __dirname) {' },
      footer: { js: '})' },
      plugins,
      outfile: join(outdir, 'vendor', `${name}.cjs`),
    });
  }
  // The loader, stamped with the Node that builds (and trains) the caches: another Node
  // skips them, even one whose V8 would take them.
  const loader = readFileSync(fileURLToPath(new URL('./vendorLoad.cjs', import.meta.url)), 'utf8');
  const stamp = 'const BUILT_FOR = null;';
  if (!loader.includes(stamp)) throw new Error(`scripts/vendorLoad.cjs: no "${stamp}" line to stamp`);
  writeFileSync(join(outdir, 'vendor', 'load.cjs'), loader.replace(stamp, `const BUILT_FOR = ${JSON.stringify(builtFor())};`));
}

/**
 * The training runs: what most runs do (lint a rubric, score a client, read the help), so
 * the caches hold the functions those runs need. Returns the names left without a cache.
 */
export function trainVendors(root, outdir) {
  const runs = [
    ['lint', 'rubrics/default.yaml'],
    ['score', 'examples/acme.yaml', '--format', 'json'],
    ['score', 'examples/acme.yaml', '--lang', 'es'],
  ];
  for (const args of runs) {
    spawnSync(process.execPath, [join(outdir, 'main.js'), ...args], {
      cwd: root,
      // No NODE_OPTIONS: V8 flags there (--max-old-space-size in CI…) would make caches only
      // a run with the same flags takes; users run plain `node`.
      env: { ...process.env, NODE_OPTIONS: '', CLIENTFIT_VENDOR_TRAIN: '1', NO_COLOR: '1', LANG: 'C', LC_ALL: 'C' },
      stdio: 'ignore',
      timeout: 60_000,
    });
  }
  return VENDORED.filter((name) => !existsSync(join(outdir, 'vendor', `${name}.cache`)));
}

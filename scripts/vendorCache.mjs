// The libraries every run loads (yaml, zod, commander) and the catalogues, bundled apart
// from clientfit's own chunks and loaded through dist/vendor/load.cjs (scripts/vendorLoad.cjs)
// with a V8 code cache, so a run does not compile them again (Node 20 has no compile cache).
//
// - `vendored`, an esbuild plugin for the main build: `import … from 'yaml'` becomes a
//   module that takes its value from `require('./vendor/load.cjs')('yaml')`.
// - buildVendors(root, outdir): outdir/vendor/NAME.cjs for each, and the loader, stamped with
//   the Node that builds.
// - trainVendors(root, outdir): runs the built CLI with CLIENTFIT_VENDOR_TRAIN=1, so the
//   loader writes outdir/vendor/NAME.cache at exit with every function those runs compiled.
//   The cache is only good for this Node and these V8 flags: anything else compiles, as
//   without one.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What clientfit uses of zod, by name: bundled whole, zod is 563 KB (every locale, every
 * format), against 97 KB for these. The main build sees them as the only exports of `zod`
 * and fails on any other `z.name` src uses (`import-is-undefined` is an error there), however
 * the code is written.
 */
const ZOD_NAMES = ['array', 'boolean', 'config', 'enum', 'literal', 'looseObject', 'number', 'object', 'string', 'toJSONSchema', 'union', 'ZodBoolean', 'ZodNumber', 'ZodOptional', 'ZodType', 'ZodUnion'];

/**
 * Each file apart: the text esbuild bundles into it, and what clientfit's imports of it see.
 * yaml and commander are CommonJS, bundled whole (115 KB and 40 KB), and imported through
 * esbuild's interop; the others are ES modules whose `names` are their only exports, so an
 * import of another name fails the build, and a dynamic import() (Spanish) reads them by name.
 * The catalogues are every catalogue of a language (src/core/i18n/bundle.LANG.ts, which
 * imports nothing else): English is loaded by every run (61 KB), Spanish by Spanish runs.
 * `lazy`: every name is a function, and the file loads on the first call of one, not when a
 * chunk importing it loads (js-yaml: lint of a small file never calls it).
 */
const VENDOR = {
  yaml: { entry: `module.exports = require('yaml');` },
  zod: { entry: `export { ${ZOD_NAMES.join(', ')} } from 'zod';`, names: ZOD_NAMES },
  commander: { entry: `module.exports = require('commander');` },
  'js-yaml': { entry: `export { getScalarValue, parseEvents } from 'js-yaml';`, names: ['getScalarValue', 'parseEvents'], lazy: true },
  'catalogue-en': { entry: `export { bundleEn } from './src/core/i18n/bundle.en.ts';`, names: ['bundleEn'] },
  'catalogue-es': { entry: `export { bundleEs } from './src/core/i18n/bundle.es.ts';`, names: ['bundleEs'] },
};
const VENDORED = Object.keys(VENDOR);
/** The Node a cache is made for: its version and architecture (scripts/vendorLoad.cjs compares). */
const builtFor = () => `${process.version} ${process.arch}`;
const LOADER = './vendor/load.cjs';
const I18N = /[\\/]src[\\/]core[\\/]i18n[\\/][^\\/]+\.ts$/;

export const vendored = {
  name: 'vendored',
  setup(b) {
    b.onResolve({ filter: /^(yaml|zod|commander|js-yaml)$/ }, (a) => ({ path: a.path, namespace: 'vendored' }));
    b.onResolve({ filter: /^\.\/bundle\.(en|es)\.js$/ }, (a) => (I18N.test(a.importer) ? { path: `catalogue-${a.path.slice(9, 11)}`, namespace: 'vendored' } : undefined));
    b.onResolve({ filter: /^\.\/vendor\/load\.cjs$/, namespace: 'vendored' }, () => ({ path: LOADER, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'vendored' }, (a) => {
      const load = `require(${JSON.stringify(LOADER)})(${JSON.stringify(a.path)})`;
      const { names, lazy } = VENDOR[a.path];
      if (!names) return { contents: `module.exports = ${load};`, loader: 'js' };
      if (lazy) {
        const lines = names.map((n) => `export function ${n}(...args) {\n  return (m ??= ${load}).${n}(...args);\n}`);
        return { contents: ['let m;', ...lines].join('\n'), loader: 'js' };
      }
      // `const v0 = m.enum; export { v0 as enum }`: a name may be a reserved word.
      const lines = names.map((n, i) => `const v${i} = m.${n};\nexport { v${i} as ${n} };`);
      return { contents: [`const m = ${load};`, ...lines].join('\n'), loader: 'js' };
    });
  },
};

/** Bundles each file apart into outdir/vendor/NAME.cjs (with the build's own plugins), and writes the loader. */
export async function buildVendors(root, outdir, plugins) {
  mkdirSync(join(outdir, 'vendor'), { recursive: true });
  for (const name of VENDORED) {
    await build({
      absWorkingDir: root,
      stdin: { contents: VENDOR[name].entry, resolveDir: root, loader: 'js' },
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

/** A rubric as users write one: under 4 KB, so lint parses it with `yaml` (src/core/yamlQuick.ts, QUICK_FROM). */
const OWN_RUBRIC = 'id: mine\nextends: builtin:default\ncriteria:\n  - id: late-payment\n    weight: 30  # a comment\n    title: {en: Pays late, es: "Paga tarde"}\n  - id: scope-creep\n    warn: 2\n    flag: 4\n';

/**
 * The training runs: what most runs do (lint the shipped rubric, read quickly with js-yaml;
 * lint small files, parsed by `yaml`; score a client, in English and in Spanish), so the
 * caches hold the functions those runs need. Returns the names left without a cache.
 */
export function trainVendors(root, outdir) {
  const own = join(outdir, 'train-rubric.yaml');
  writeFileSync(own, OWN_RUBRIC);
  const runs = [
    ['lint', 'rubrics/default.yaml'],
    ['lint', own, 'examples/brightpath.yaml', 'examples/nordlicht.yaml'],
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
  rmSync(own, { force: true });
  return VENDORED.filter((name) => !existsSync(join(outdir, 'vendor', `${name}.cache`)));
}

'use strict';
// Written to dist/vendor/load.cjs by scripts/vendorCache.mjs, with BUILT_FOR stamped. Loads
// one of the files every run needs (yaml, zod, commander, the catalogues), bundled by the
// build as dist/vendor/NAME.cjs, with the V8 code cache the build made for it
// (dist/vendor/NAME.cache): Node 20 caches no compiled code between runs (22's
// module.enableCompileCache does), and compiling these ~300 KB, then each function the first
// time it runs, is a good part of a run's start-up (docs/PITFALLS.md, start-up). A cache is
// taken only from the Node the build ran on; V8 then checks its own version, its flags, the
// source's length and (with the --verify-snapshot-checksum a run sets, src/cli/v8flags.ts)
// the cache's contents, and ignores one that does not match: the code is compiled as usual.
// Nothing is ever written here, except by the build itself (CLIENTFIT_VENDOR_TRAIN=1).
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');

// The Node the build made the caches with (`v20.20.2 x64`), stamped by scripts/vendorCache.mjs;
// null when not stamped. V8 checks its own version and flags, not Node's: another Node 20
// release could carry other V8 patches under the same version, so its runs skip the caches.
const BUILT_FOR = null;
const ours = BUILT_FOR === `${process.version} ${process.arch}`;

const loaded = new Map();
/** Per library loaded: whether V8 took its cache ('used'), refused it ('rejected'), or there was none. */
const status = {};

module.exports = function load(name) {
  const done = loaded.get(name);
  if (done) return done.exports;
  const file = join(__dirname, `${name}.cjs`);
  const cacheFile = join(__dirname, `${name}.cache`);
  const train = process.env.CLIENTFIT_VENDOR_TRAIN === '1';
  let cachedData;
  if (ours) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // No cache (a build that could not make one, or the first training run): compile as usual.
    }
  }
  // NAME.cjs is already wrapped in `(function (exports, require, module, __filename, __dirname) {…})`.
  const wrapper = readFileSync(file, 'utf8');
  // A fixed name, not the path: a script V8 takes from a cache keeps the name it was
  // compiled under (the build's folder), so both use this one, and stack traces say it.
  const script = new Script(wrapper, { filename: `clientfit/dist/vendor/${name}.cjs`, cachedData });
  status[name] = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  const mod = { exports: {} };
  loaded.set(name, mod);
  script.runInThisContext()(mod.exports, require, mod, file, __dirname);
  // At exit, so the cache holds every function the training runs compiled so far (what an
  // earlier run left in the cache counts as compiled), not only the top level.
  if (train) {
    process.once('exit', () => {
      try {
        writeFileSync(cacheFile, script.createCachedData());
      } catch {
        // A folder that cannot be written: the next run compiles, as without a cache.
      }
    });
  }
  return mod.exports;
};

/** What happened to each library's cache so far (tests/e2e/vendorCache.test.ts). */
module.exports.status = () => ({ ...status });

// An esbuild plugin for scripts/build.mjs: two start-up costs measured on Node 20
// (docs/PITFALLS.md, start-up), removed at build time without changing what any module does.
//
// - `import … from 'node:fs'` makes Node build fs's ESM facade, which reads every export,
//   and with them the lazy `fs.promises` and stream classes (~7 ms a run); `require('node:fs')`
//   hands over the same object and nothing more. So an import of a built-in module becomes a
//   small module that takes it from the banner's require() and exports each of its plain
//   values under the same name (marked pure, so that esbuild keeps only the ones used). A
//   built-in's getters (fs.promises…) are never read: importing one by name fails the build.
// - commander requires `node:child_process` at load (~6 ms: net, dgram, streams) only to
//   spawn executable subcommands, which clientfit does not have: it gets a stand-in that
//   requires the real module the first time `spawn` is called.
import { builtinModules, createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** The module text standing in for `import … from name`. */
function standIn(name) {
  const mod = require(name);
  const plain = Object.getOwnPropertyNames(mod).filter((k) => k !== 'default' && !Object.getOwnPropertyDescriptor(mod, k).get);
  return [
    `const m = require(${JSON.stringify(name)});`,
    'export default m;',
    ...plain.map((k, i) => `const v${i} = /* @__PURE__ */ (() => m[${JSON.stringify(k)}])();\nexport { v${i} as ${JSON.stringify(k)} };`),
  ].join('\n');
}

export const startupCosts = {
  name: 'startup-costs',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (a) =>
      /[\\/]commander[\\/]lib[\\/]command\.js$/.test(a.importer) ? { path: 'commander-child-process', namespace: 'startup-costs' } : undefined,
    );
    // One stand-in per importing file, so that each lands in its importer's chunk instead of
    // making small chunks of their own (every file loaded costs ~1 ms on these machines).
    b.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, (a) =>
      builtins.has(a.path) && a.kind !== 'require-call' && a.namespace !== 'startup-costs'
        ? { path: `${a.path}\u0000${a.importer}`, namespace: 'startup-costs' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'startup-costs' }, (a) =>
      a.path === 'commander-child-process'
        ? { contents: 'let cp;module.exports={spawn:(...a)=>(cp??=require("node:child_process")).spawn(...a)};', loader: 'js' }
        : { contents: standIn(a.path.split('\u0000')[0]), loader: 'js' },
    );
  },
};

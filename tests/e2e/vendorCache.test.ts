// yaml, zod, commander and the catalogues are bundled apart (dist/vendor/NAME.cjs) and loaded
// with the V8 code cache the build made by running the CLI (scripts/vendorCache.mjs). These
// tests prove that a run of this Node takes every cache (a build whose training ran under
// other V8 flags than a run sets would make caches every run refuses), and that a cache that
// is damaged (cut short, or changed at its full length), missing, or made by another Node
// changes nothing but speed. Plus the lint shortcut the build stores for a shipped rubric's
// `extends`.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { V8_FLAGS } from '../../src/cli/v8flags.js';
import { extendsOf } from '../../src/io/rubricRef.js';
import { parseYaml } from '../../src/core/yamlSource.js';
import { hasStackTrace, ROOT, spawnCli, tempDir } from './harness.js';

const LIBS = ['yaml', 'zod', 'commander', 'catalogue-en', 'catalogue-es'];

/** Loads each library through `vendor`/load.cjs as a run does (V8_FLAGS set first), uses it, and prints what became of each cache. */
function loadAll(vendor: string) {
  const script = `
    require('node:v8').setFlagsFromString(${JSON.stringify(V8_FLAGS)});
    const load = require(${JSON.stringify(join(vendor, 'load.cjs'))});
    const [yaml, zod, commander, catalogue, catalogueEs] = ${JSON.stringify(LIBS)}.map((n) => load(n));
    const doc = yaml.parseDocument('a: [1, 2]\\n', { lineCounter: new yaml.LineCounter() });
    const ok = zod.object({ a: zod.array(zod.number()) }).safeParse(doc.toJS()).success;
    const cmd = new commander.Command('x').option('--y <v>').parse(['node', 'x', '--y', '1']);
    console.log(JSON.stringify({ status: load.status(), ok, y: cmd.opts().y, lang: catalogue.bundleEn.lang + catalogueEs.bundleEs.lang }));`;
  // As a user runs it: no V8 flags from NODE_OPTIONS (they would make V8 refuse every cache).
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { status: Record<string, string>; ok: boolean; y: string; lang: string };
}

describe('vendored libraries and their code caches', () => {
  it('a run of this Node takes every cache the build made, and the libraries work', () => {
    const out = loadAll(join(ROOT, 'dist', 'vendor'));
    expect(out.status).toEqual(Object.fromEntries(LIBS.map((n) => [n, 'used'])));
    expect(out.ok).toBe(true);
    expect(out.y).toBe('1');
    expect(out.lang).toBe('enes');
  });

  it('a cache V8 refuses (damaged, or from another Node) or a missing one: compiled as usual, same results', () => {
    const pkg = tempDir();
    for (const d of ['bin', 'dist', 'rubrics']) cpSync(join(ROOT, d), join(pkg, d), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
    const vendor = join(pkg, 'dist', 'vendor');
    const yamlCache = join(vendor, 'yaml.cache');
    writeFileSync(yamlCache, readFileSync(yamlCache).subarray(0, 200));
    // Damaged inside, at its full length: only the checksum V8_FLAGS turns on can tell (without it, V8 crashes on it).
    const catalogue = join(vendor, 'catalogue-en.cache');
    const bytes = readFileSync(catalogue);
    for (let i = bytes.length >> 1, end = i + 64; i < end; i++) bytes[i]! ^= 0xff;
    writeFileSync(catalogue, bytes);
    rmSync(join(vendor, 'zod.cache'));
    const out = loadAll(vendor);
    expect(out.status).toEqual({ yaml: 'rejected', zod: 'none', commander: 'used', 'catalogue-en': 'rejected', 'catalogue-es': 'used' });
    expect(out.ok).toBe(true);
    // The whole CLI, from that copy: the same findings as the real build, no trace.
    const bad = join(tempDir(), 'bad.yaml');
    writeFileSync(bad, 'criteria:\n  - id: x\n    weight: -3\n');
    const here = spawnCli(['lint', bad, '--format', 'json']);
    const there = spawnSync(process.execPath, [join(pkg, 'bin', 'clientfit.js'), 'lint', bad, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(there.status).toBe(here.code);
    expect(there.stdout).toBe(here.stdout);
    expect(hasStackTrace(there.stderr)).toBe(false);
  });

  it('caches made by another Node are skipped, even where its V8 would take them', () => {
    const pkg = tempDir();
    cpSync(join(ROOT, 'dist', 'vendor'), join(pkg, 'vendor'), { recursive: true });
    const loader = join(pkg, 'vendor', 'load.cjs');
    const text = readFileSync(loader, 'utf8');
    expect(text).toContain(`const BUILT_FOR = ${JSON.stringify(`${process.version} ${process.arch}`)};`);
    writeFileSync(loader, text.replace(/const BUILT_FOR = "[^"]*";/, 'const BUILT_FOR = "v20.0.0 x64";'));
    const out = loadAll(join(pkg, 'vendor'));
    expect(out.status).toEqual(Object.fromEntries(LIBS.map((n) => [n, 'none'])));
    expect(out.ok).toBe(true);
  });

  it("the build stores each shipped rubric's own extends, so lint follows a chain through it without parsing it", () => {
    const stored = JSON.parse(readFileSync(join(ROOT, 'dist', 'rubrics', 'default.json'), 'utf8'));
    const parsed = parseYaml(readFileSync(join(ROOT, 'rubrics', 'default.yaml'), 'utf8'), 'builtin:default', 'rubric');
    expect(parsed.ok).toBe(true);
    expect(stored.extends).toBe(parsed.ok ? extendsOf(parsed.src.data) : undefined);
  });
});

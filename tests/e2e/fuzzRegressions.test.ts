/**
 * Regression tests for what the fuzz corpus (tests/e2e/fuzz.test.ts) found, each reduced
 * by hand to the smallest input that still shows it, and named after the case. Most run
 * in-process (runCli); the ones bounded in time or memory run the built CLI (spawnCli), which
 * can be killed when it overruns and takes NODE_OPTIONS; one needs an in-process run with a
 * broken stdout to provoke its path.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli, spawnCli, tempDir, type CliResult } from './harness.js';
import { outputViolations, unsafeChar } from '../fuzz/check.js';

const AS_OF = '2026-11-24';
const made: string[] = [];
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A temp folder holding `files` (name → bytes); HOME and cwd point there. */
function folder(files: Record<string, string | Buffer>): { dir: string; path: (name: string) => string; run: (...args: string[]) => Promise<CliResult> } {
  const dir = tempDir();
  made.push(dir);
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  return { dir, path: (name) => join(dir, name), run: (...args) => runCli(args, { cwd: dir }) };
}

/** The rules every fuzz case is held to, for a CLI run. */
function expectBehaved(r: CliResult): void {
  expect(outputViolations({ ...r, ms: 0 }, { limitMs: 1 })).toEqual([]);
  expect(hasStackTrace(r.stderr)).toBe(false);
}

const BOM = '\uFEFF';

describe('fuzz regressions', () => {
  // seed=1088928705 case=234 ops=[protoValue,deleteLines] base=acme:acme.log.yaml cmd=lint (FUZZ_SEED=20261124);
  // also cases 661, 907, 1792 and, through `log` then `lint`, 412, 528, 1045, 1078, 1209, 1389, 1670.
  it('fuzz: event type named like an Object method (constructor, toString) → lint reports, no internal error', async () => {
    for (const type of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      const { path, run } = folder({ 'x.log.yaml': `events:\n  - {date: 2026-01-05, type: ${type}}\n` });
      const r = await run('lint', path('x.log.yaml'), '--as-of', AS_OF);
      // A custom type is allowed (a warning at most): exit 0, never the internal-error exit 2.
      expect(r.code, `${type}: ${r.stderr}`).toBe(0);
      expectBehaved(r);
    }
  });

  // seed=681085551 case=634 ops=[yamlOddities,unicodeText,truncate] base=brightpath:brightpath.yaml cmd=log (FUZZ_SEED=20261124)
  it('fuzz: self-referencing anchor `x: &a [*a]` in a profile → log refuses with exit 2 and a located message, file unchanged', async () => {
    const text = 'name: Cyclic Ltd\nx: &a [*a]\n';
    const { path, run } = folder({ 'c.yaml': text });
    const r = await run('log', path('c.yaml'), 'complaint', '--date', AS_OF);
    expectBehaved(r);
    expect(r.code).toBe(2);
    // The alias on line 2, column 8 (`*a`) is what makes the data a cycle.
    expect(r.stderr).toContain('c.yaml:2:');
    expect(readFileSync(path('c.yaml'), 'utf8')).toBe(text);
  });

  // seed=768938658 case=619 ops=[dropField,bom] base=nordlicht:nordlicht.yaml cmd=log (FUZZ_SEED=20261124)
  it('fuzz: two byte-order marks at the start of a profile → log keeps line 1 byte-identical', async () => {
    const text = `${BOM}${BOM}name: Bom Ltd\n`;
    const { path, run } = folder({ 'b.yaml': text });
    const r = await run('log', path('b.yaml'), 'complaint', '--date', AS_OF);
    expectBehaved(r);
    // Either log refuses the file (exit 2, unchanged) or it appends and keeps both marks.
    const after = readFileSync(path('b.yaml'), 'utf8');
    if (r.code === 0) expect(after.split('\n')[0]).toBe(`${BOM}${BOM}name: Bom Ltd`);
    else expect(after).toBe(text);
  });

  // seed=3075260339 case=10974 ops=[manyEvents] base=rubric:rubric.yaml cmd=score-json --what-if (FUZZ_SEED=20261124)
  it('spawned: fuzz: --what-if with a 40-criterion rubric, every criterion raised → answers within 10 s', { timeout: 30_000 }, () => {
    // 40 criteria of weight 2, each fully raised by two complaints: fit 100 − 80 = 20 (exit).
    // Reaching review (45) needs 25 points back, more than any 6 criteria hold (12), so no
    // option exists; the search must find that out without trying all C(40, ≤6) ≈ 4.6M sets.
    const criteria = Array.from({ length: 40 }, (_, i) => `  - {id: c${i}, title: {en: C${i}, es: C${i}}, why: {en: x, es: x}, talking_point: {en: x, es: x}, metric: complaints, warn: 1, flag: 2, weight: 2, theme: respect}`);
    const { path, run } = folder({
      'r.yaml': `id: many\ntitle: {en: Many, es: Muchos}\nwindow: 12m\nbands: {keep: 75, review: 45}\ncriteria:\n${criteria.join('\n')}\n`,
      'c.yaml': 'name: Complainer Ltd\nevents:\n  - {date: 2026-10-01, type: complaint}\n  - {date: 2026-10-02, type: complaint}\n',
    });
    const start = Date.now();
    // Killed after 12 s so a regression costs CI seconds, not minutes.
    const r = spawnCli(['score', path('c.yaml'), '--as-of', AS_OF, '--rubric', path('r.yaml'), '--what-if', '--format', 'json'], { cwd: path('.'), timeout: 12_000 });
    expect(Date.now() - start).toBeLessThan(10_000);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ fit: 20, verdict: 'exit' });
  });

  // seed=2305266754 case=12442 ops=[hugeString] base=acme:acme.log.yaml cmd=score-json --what-if (FUZZ_SEED=20261124)
  it('fuzz: 5-million-character plain note in a log that also holds an en dash → score and portfolio exit 0, no internal error', async () => {
    // The en dash (U+2013) makes the whole text a two-byte string; the fast event reader's
    // plain-scalar regex then overflows V8's regexp stack on the long note. Without the dash
    // (a one-byte string) the same note is read fine.
    const { dir, path, run } = folder({
      'c.yaml': 'name: Long Note Ltd\nlogs: [c.log.yaml]\n',
      'c.log.yaml': `events:\n  # 2025 \u2013 2026\n  - {date: 2026-01-01, type: praise, note: ${'a'.repeat(5_000_000)}}\n`,
    });
    const score = await run('score', path('c.yaml'), '--as-of', AS_OF);
    expectBehaved(score);
    // One praise and nothing else: no criterion is raised, fit 100.
    expect(score.code).toBe(0);
    expect(score.stdout).toContain('100/100');
    const portfolio = await runCli(['portfolio', dir, '--as-of', AS_OF, '--no-cache'], { cwd: dir });
    expectBehaved(portfolio);
    expect(portfolio.code).toBe(0);
  });

  // seed=149931906 case=14688 ops=[deepNesting,aliasBomb,protoValue] base=nordlicht:nordlicht.yaml cmd=score-md --what-if
  // (FUZZ_SEED=20261124): hung on a worker thread, whose larger stack let the 5000-deep list
  // parse; the cost is in the alias-cycle check, and plenty of aliases alone show it.
  it('spawned: fuzz: 20 000 aliases of one anchor (a 100 KB file) → exit 2 with the alias message within 5 s', { timeout: 30_000 }, () => {
    const { path } = folder({ 'a.yaml': `name: Alias Ltd\nbase: &w {a: 1}\nmany: [${Array(20_000).fill('*w').join(', ')}]\n` });
    const start = Date.now();
    const r = spawnCli(['score', path('a.yaml'), '--as-of', AS_OF], { cwd: path('.'), timeout: 8_000 });
    expect(Date.now() - start).toBeLessThan(5_000);
    expectBehaved(r);
    // More than 100 aliases are refused (toJS maxAliasCount), pointing into line 3.
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a.yaml:3:');
  });

  // seed=1689022951 case=772 ops=[replaceAll,deepNesting] base=extends:parent.yaml cmd=score-json (FUZZ_SEED=20261124):
  // 100 000 `[` took 2.4 s; the cost is linear but steep (~3 s and ~1 GB per MB of brackets).
  it('spawned: fuzz: 2 MB of `[` → exit 2 "nested too deeply" within 5 s in a 256 MB heap (no out-of-memory crash)', { timeout: 30_000 }, () => {
    const { path } = folder({ 'deep.yaml': '['.repeat(2_000_000) });
    const start = Date.now();
    const r = spawnCli(['score', path('deep.yaml'), '--as-of', AS_OF], { cwd: path('.'), timeout: 15_000, env: { NODE_OPTIONS: '--max-old-space-size=256' } });
    expect(Date.now() - start).toBeLessThan(5_000);
    expectBehaved(r);
    expect(r.code).toBe(2);
    // The first bracket, line 1 column 1, is where the nesting starts.
    expect(r.stderr).toContain('deep.yaml:1:1');
  });

  // Seen with case 634 above: its note argument carried ESC [2J, echoed raw by the
  // "something went wrong" message. Only an internal error prints that message, so the test
  // provokes one in-process (stdout that throws) with an ESC in a file name.
  it('fuzz: internal-error message echoes the command line → control characters in arguments are escaped', async () => {
    const name = '\u001b[31mnord.yaml';
    const { dir, path } = folder({ [name]: readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'nordlicht.yaml')) });
    const env = { NO_COLOR: process.env.NO_COLOR, HOME: process.env.HOME };
    process.env.NO_COLOR = '1';
    process.env.HOME = dir;
    try {
      const o = await runWithBrokenStdout(['score', path(name), '--as-of', AS_OF]);
      // The internal-error branch ran (exit 2, the command line shown)…
      expect(o.code).toBe(2);
      expect(o.stderr).toContain('clientfit score');
      // …and showed the file name's ESC escaped, not raw.
      expect(unsafeChar(o.stderr)).toBeNull();
    } finally {
      for (const [k, v] of Object.entries(env)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
});

/** run(argv) in-process with a stdout whose every write throws: the one way to reach run()'s internal-error branch on demand. */
async function runWithBrokenStdout(argv: string[]) {
  const { run } = await import('../../src/cli/program.js');
  const err: string[] = [];
  const saved = { out: process.stdout.write, err: process.stderr.write };
  process.stdout.write = (() => {
    throw new Error('stdout broke');
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    err.push(String(chunk));
    return true;
  }) as typeof process.stderr.write;
  try {
    const code = await run(argv);
    return { code, stderr: err.join('') };
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
  }
}

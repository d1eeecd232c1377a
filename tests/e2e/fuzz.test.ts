/**
 * Seeded fuzz corpus (issue 6): random mutations of the shipped examples and rubrics, run
 * through score, lint, exit and log. For every case: the run ends within a bound, exits
 * 0, 1 or 2, prints no stack trace and no raw control character, and changes no input
 * file (log may add its event when it exits 0, keeping every existing line).
 *
 * Most cases run in-process through run(argv) (a process start costs ~100–150 ms); a
 * sample runs the built CLI, batched several files per process where the command takes
 * several, to prove the real process behaves the same and never hangs.
 *
 * Knobs (environment): FUZZ_SEED (run seed), FUZZ_CASES (in-process cases), FUZZ_SPAWN
 * (cases through the built CLI), FUZZ_ONLY (comma list of case numbers to replay),
 * FUZZ_OPS / FUZZ_CMD / FUZZ_BASE (force operators, command, `set[:file]`), FUZZ_KEEP=1
 * (keep the case folders and print where they are).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, buildCase, caseOptionsFromEnv, describeCase, materialize, type FuzzCase } from '../fuzz/corpus.js';
import { dirChanges, hashDir, linesKept, outputViolations, type Outcome } from '../fuzz/check.js';
import { pool, runInProcess, runSpawned } from '../fuzz/runners.js';

const RUN_SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const CASES = Number(process.env.FUZZ_CASES ?? 2500);
const SPAWN = Number(process.env.FUZZ_SPAWN ?? 240);
/** Spawned cases are numbered from here, so changing FUZZ_CASES does not renumber them. */
const SPAWN_BASE = 1_000_000;
const ONLY = process.env.FUZZ_ONLY?.split(',').map((s) => Number(s.trim())).filter(Number.isInteger);
const KEEP = process.env.FUZZ_KEEP === '1';
const OPTS = caseOptionsFromEnv();

/** Bounds on one run: generous for a loaded 2-CPU CI machine, far below "hangs". */
const IN_PROCESS_LIMIT_MS = 10_000;
const SPAWN_LIMIT_MS = 20_000;
/** Files per spawned `score`/`lint` process. */
const BATCH = 8;

const inProcessIndices = ONLY ? ONLY.filter((i) => i < SPAWN_BASE) : Array.from({ length: CASES }, (_, i) => i);
const spawnIndices = ONLY ? ONLY.filter((i) => i >= SPAWN_BASE) : Array.from({ length: SPAWN }, (_, i) => SPAWN_BASE + i);

let root = '';
let home = '';
const savedEnv: Record<string, string | undefined> = {};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'clientfit-fuzz-'));
  home = join(root, 'home');
  mkdirSync(home);
  // In-process runs read the environment: no colour, a neutral language, an empty home
  // (a developer's own ~/.clientfit.yaml must not change the results).
  const env: Record<string, string | undefined> = { NO_COLOR: '1', FORCE_COLOR: undefined, LANG: 'C', LC_ALL: undefined, LC_MESSAGES: undefined, LANGUAGE: undefined, HOME: home, XDG_CACHE_HOME: join(root, 'cache') };
  for (const [k, v] of Object.entries(env)) {
    savedEnv[k] = process.env[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

afterAll(() => {
  for (const [k, v] of Object.entries(savedEnv)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  if (KEEP) console.log(`fuzz: case folders kept in ${root}`);
  else if (root) rmSync(root, { recursive: true, force: true });
});

/** A failing case, as reported. */
interface Failure {
  line: string;
  violations: string[];
  stderr: string;
}

/** The arguments of a case that decide which output rules apply. */
const wantsJson = (argv: string[]) => argv.some((a, i) => argv[i - 1] === '--format' && (a === 'json' || a === 'sarif'));

/** Bytes of every file in a case folder, for `log`'s line-by-line check. */
function readAll(dir: string): Map<string, Buffer> {
  const m = new Map<string, Buffer>();
  for (const name of hashDir(dir).keys()) m.set(name, readFileSync(join(dir, name)));
  return m;
}

/** Errors `lint` reports for a file (in-process), or null when lint itself failed (exit 2). */
async function lintErrors(file: string): Promise<number | null> {
  const o = await runInProcess(['lint', file, '--as-of', AS_OF, '--format', 'json']);
  if (o.code === 2 || o.crash) return null;
  try {
    return (JSON.parse(o.stdout) as { severity: string }[]).filter((f) => f.severity === 'error').length;
  } catch {
    return null;
  }
}

/**
 * File rules: nothing in the case folder changes, except that `log` exiting 0 changes
 * exactly one file, keeps every line of it, and leaves a file lint accepts as before.
 */
async function fileViolations(c: FuzzCase, dir: string, before: Map<string, string>, original: Map<string, Buffer> | undefined, code: number | null): Promise<string[]> {
  const v: string[] = [];
  const { changed, added, removed } = dirChanges(before, hashDir(dir));
  if (added.length) v.push(`files left behind: ${added.join(', ')}`);
  if (removed.length) v.push(`files removed: ${removed.join(', ')}`);
  const writer = c.command === 'log' && code === 0;
  if (!writer && changed.length) v.push(`input changed by ${c.command} (exit ${code}): ${changed.join(', ')}`);
  if (writer && changed.length !== 1) v.push(`log exited 0 but changed ${changed.length} files: ${changed.join(', ') || 'none'}`);
  if (writer && changed.length === 1 && original) {
    const name = changed[0]!;
    const now = readFileSync(join(dir, name));
    const kept = linesKept(original.get(name)!, now);
    if (kept) v.push(`log broke an existing line of ${name}: ${kept}`);
    const after = await lintErrors(join(dir, name));
    const copy = join(dir, `${name}.orig.yaml`);
    writeFileSync(copy, original.get(name)!);
    const beforeErrors = await lintErrors(copy);
    rmSync(copy);
    // When lint could not read the file before either, that is lint's own finding, not log's.
    if (after === null && beforeErrors !== null) v.push(`after log, lint cannot read ${name} (exit 2)`);
    else if (after !== null && beforeErrors !== null && after > beforeErrors) v.push(`after log, lint finds ${after} errors in ${name} (before: ${beforeErrors})`);
  }
  return v;
}

/** Counts, for the summary line. */
const stats = { codes: new Map<string, number>(), slowest: { ms: 0, line: '' } };
function tally(c: FuzzCase, o: Outcome): void {
  const k = `${c.command}:${o.code}`;
  stats.codes.set(k, (stats.codes.get(k) ?? 0) + 1);
  if (o.ms > stats.slowest.ms) stats.slowest = { ms: o.ms, line: describeCase(c, RUN_SEED) };
}

function report(kind: string, failures: Failure[], total: number): string {
  const lines = failures.slice(0, 40).map((f) => `- ${f.line}\n    ${f.violations.join('\n    ')}${f.stderr ? `\n    stderr: ${JSON.stringify(f.stderr.slice(0, 400))}` : ''}`);
  return `${failures.length} of ${total} ${kind} fuzz cases failed (seed ${RUN_SEED}):\n${lines.join('\n')}`;
}

async function runOneInProcess(index: number, failures: Failure[]): Promise<void> {
  const c = buildCase(RUN_SEED, index, OPTS);
  const dir = join(root, `c${index}`);
  const argv = materialize(c, dir);
  const before = hashDir(dir);
  const original = c.command === 'log' ? readAll(dir) : undefined;
  const o = await runInProcess(argv);
  tally(c, o);
  const v = [...outputViolations(o, { json: wantsJson(argv), limitMs: IN_PROCESS_LIMIT_MS }), ...(await fileViolations(c, dir, before, original, o.code))];
  if (v.length) failures.push({ line: `${describeCase(c, RUN_SEED)}${KEEP ? ` dir=${dir}` : ''}`, violations: v, stderr: o.stderr });
  if (!KEEP) rmSync(dir, { recursive: true, force: true });
}

describe('fuzz corpus', () => {
  it(`in-process: ${inProcessIndices.length} cases (seed ${RUN_SEED})`, { timeout: 120_000 + inProcessIndices.length * 500 }, async () => {
    const failures: Failure[] = [];
    const start = Date.now();
    for (const i of inProcessIndices) await runOneInProcess(i, failures);
    const codes = [...stats.codes].sort().map(([k, n]) => `${k}=${n}`).join(' ');
    console.log(`fuzz in-process: ${inProcessIndices.length} cases in ${Date.now() - start} ms; ${codes}; slowest ${stats.slowest.ms} ms: ${stats.slowest.line}`);
    expect(failures.length, report('in-process', failures, inProcessIndices.length)).toBe(0);
  });

  it(`built CLI: ${spawnIndices.length} cases (seed ${RUN_SEED})`, { timeout: 120_000 + spawnIndices.length * 1000 }, async () => {
    const start = Date.now();
    const cases = spawnIndices.map((i) => {
      const c = buildCase(RUN_SEED, i, OPTS);
      const dir = join(root, `s${i}`);
      return { c, dir, argv: materialize(c, dir) };
    });
    // score (no --rubric) and lint take several files: run those eight to a process with
    // the common flags; every other case runs alone with its own flags.
    const batchable = (x: (typeof cases)[number]) => (x.c.command === 'lint' || x.c.command === 'score' || x.c.command === 'score-json') && !x.c.args.includes('--rubric');
    const groups: (typeof cases)[] = [];
    for (const cmd of ['lint', 'score', 'score-json']) {
      const same = cases.filter((x) => batchable(x) && x.c.command === cmd);
      for (let i = 0; i < same.length; i += BATCH) groups.push(same.slice(i, i + BATCH));
    }
    for (const x of cases) if (!batchable(x)) groups.push([x]);

    const argvOf = (g: typeof cases): string[] => {
      if (g.length === 1) return g[0]!.argv;
      const files = g.map((x) => x.argv[1]!);
      const cmd = g[0]!.c.command;
      return cmd === 'lint' ? ['lint', ...files, '--as-of', AS_OF] : ['score', ...files, '--as-of', AS_OF, ...(cmd === 'score-json' ? ['--format', 'json'] : [])];
    };
    const runGroup = async (g: typeof cases): Promise<{ v: string[]; o: Outcome }> => {
      const befores = g.map((x) => hashDir(x.dir));
      const originals = g.map((x) => (x.c.command === 'log' ? readAll(x.dir) : undefined));
      const argv = argvOf(g);
      const o = await runSpawned(argv, { cwd: g[0]!.dir, home, timeoutMs: SPAWN_LIMIT_MS });
      const v = outputViolations(o, { json: wantsJson(argv), limitMs: SPAWN_LIMIT_MS });
      for (let k = 0; k < g.length; k++) v.push(...(await fileViolations(g[k]!.c, g[k]!.dir, befores[k]!, originals[k], o.code)));
      return { v, o };
    };

    const failures: Failure[] = [];
    const results = await pool(
      groups.map((g) => () => runGroup(g)),
      Math.max(1, Math.min(2, availableParallelism())),
    );
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k]!;
      const { v, o } = results[k]!;
      for (const x of g) tally(x.c, o);
      if (!v.length) continue;
      if (g.length === 1) {
        failures.push({ line: describeCase(g[0]!.c, RUN_SEED), violations: v, stderr: o.stderr });
        continue;
      }
      // A batch failed: run each file alone (from fresh copies) to name the culprit.
      let named = false;
      for (const x of g) {
        rmSync(x.dir, { recursive: true, force: true });
        materialize(x.c, x.dir);
        const alone = await runGroup([x]);
        if (alone.v.length) {
          named = true;
          failures.push({ line: describeCase(x.c, RUN_SEED), violations: alone.v, stderr: alone.o.stderr });
        }
      }
      if (!named) failures.push({ line: `batch ${argvOf(g).join(' ')}: ${g.map((x) => describeCase(x.c, RUN_SEED)).join('; ')}`, violations: v, stderr: o.stderr });
    }
    console.log(`fuzz built CLI: ${cases.length} cases in ${groups.length} processes, ${Date.now() - start} ms`);
    if (!KEEP) for (const x of cases) rmSync(x.dir, { recursive: true, force: true });
    expect(failures.length, report('built-CLI', failures, cases.length)).toBe(0);
  });
});

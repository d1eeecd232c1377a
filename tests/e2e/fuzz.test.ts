/**
 * Seeded fuzz corpus (issue 6): random mutations of the shipped examples and rubrics, run
 * through score, lint, exit and log. For every case: the run ends within a bound, exits
 * 0, 1 or 2, prints no stack trace and no raw control character, and changes no input
 * file (log may add its event when it exits 0, keeping every existing line). The oracle
 * is tests/fuzz/check.ts; the cases are tests/fuzz/corpus.ts.
 *
 * Heavy (a minute or more): it runs in `npm run test:slow` (CI) and `npm run fuzz`, not in
 * `npm test`, which runs a 150-case sample of the same corpus (fuzzSample.test.ts).
 *
 * Most cases run in-process through run(argv) on worker threads (a process start costs
 * ~100–150 ms; a worker can be stopped if a case hangs); a sample runs the built CLI,
 * batched several files per process where the command takes several, to prove the real
 * process behaves the same.
 *
 * Knobs (environment): FUZZ_SEED (run seed), FUZZ_CASES (in-process cases), FUZZ_SPAWN
 * (cases through the built CLI), FUZZ_ONLY (comma list of case numbers to replay; numbers
 * from 1000000 are built-CLI cases), FUZZ_OPS / FUZZ_CMD / FUZZ_BASE (force operators,
 * command, `set[:file]`), FUZZ_FROM (first in-process case, to resume a long run),
 * FUZZ_SKIP (case numbers to leave out), FUZZ_WORKERS (in-process threads, default 2),
 * FUZZ_BIG=1 (built-CLI cases may be pathologically large: a million brackets),
 * FUZZ_KEEP=1 (keep the case folders and print where they are), FUZZ_TRACE=<file> (append
 * each case number before it runs and each failure as it happens).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, SPAWN_BASE, buildCase, caseOptionsFromEnv, describeCase, materialize, type FuzzCase } from '../fuzz/corpus.js';
import { hashDir, type Outcome } from '../fuzz/check.js';
import { commandViolations, fileViolations, readAll, type CaseReport } from '../fuzz/caseCheck.js';
import { pool, runSpawned } from '../fuzz/runners.js';
import { runInWorkers } from '../fuzz/workerPool.js';

const env = process.env;
const RUN_SEED = Number(env.FUZZ_SEED ?? 20261124);
const CASES = Number(env.FUZZ_CASES ?? 1500);
const SPAWN = Number(env.FUZZ_SPAWN ?? 150);
const ONLY = env.FUZZ_ONLY?.split(',').map((s) => Number(s.trim())).filter(Number.isInteger);
const FROM = Number(env.FUZZ_FROM ?? 0);
const SKIP = new Set(env.FUZZ_SKIP?.split(',').map((s) => Number(s.trim())) ?? []);
const KEEP = env.FUZZ_KEEP === '1';
const TRACE = env.FUZZ_TRACE;
const CPUS = Math.max(1, Math.min(2, availableParallelism()));
const WORKERS = Number(env.FUZZ_WORKERS ?? CPUS);
const OPTS = caseOptionsFromEnv();

/** Bounds on one run: generous for a loaded 2-CPU CI machine, far below "hangs". */
const IN_PROCESS_LIMIT_MS = 10_000;
const HANG_MS = 30_000;
const SPAWN_LIMIT_MS = 20_000;
/** Files per spawned `score`/`lint` process. */
const BATCH = 10;

const inProcessIndices = (ONLY ? ONLY.filter((i) => i < SPAWN_BASE) : Array.from({ length: Math.max(0, CASES - FROM) }, (_, i) => FROM + i)).filter((i) => !SKIP.has(i));
const spawnIndices = (ONLY ? ONLY.filter((i) => i >= SPAWN_BASE) : Array.from({ length: SPAWN }, (_, i) => SPAWN_BASE + i)).filter((i) => !SKIP.has(i));

let root = '';
let home = '';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'clientfit-fuzz-'));
  home = join(root, 'home');
  mkdirSync(home);
});

afterAll(() => {
  if (KEEP) console.log(`fuzz: case folders kept in ${root}`);
  else if (root) rmSync(root, { recursive: true, force: true });
});

/** The failures as one readable message (the first 40). */
function report(kind: string, failures: CaseReport[], total: number): string {
  const lines = failures.slice(0, 40).map((f) => `- ${f.line}\n    ${f.violations.join('\n    ')}${f.stderr ? `\n    stderr: ${JSON.stringify(f.stderr.slice(0, 400))}` : ''}`);
  return `${failures.length} of ${total} ${kind} fuzz cases failed (seed ${RUN_SEED}):\n${lines.join('\n')}`;
}

/** `command:exit` counts, for the summary line. */
function tally(reports: { command: string; code: number | null }[]): string {
  const counts = new Map<string, number>();
  for (const r of reports) counts.set(`${r.command}:${r.code}`, (counts.get(`${r.command}:${r.code}`) ?? 0) + 1);
  return [...counts].sort().map(([k, n]) => `${k}=${n}`).join(' ');
}

describe('fuzz corpus', () => {
  it(`in-process: ${inProcessIndices.length} cases (seed ${RUN_SEED})`, { timeout: 120_000 + inProcessIndices.length * 500 }, async () => {
    const start = Date.now();
    // Colour off, a neutral language, an empty home: a developer's own ~/.clientfit.yaml
    // must not change the results.
    const caseEnv = { NO_COLOR: '1', FORCE_COLOR: undefined, LANG: 'C', LC_ALL: undefined, LC_MESSAGES: undefined, LANGUAGE: undefined, HOME: home, XDG_CACHE_HOME: join(root, 'cache') };
    const reports = await runInWorkers(
      inProcessIndices,
      { seed: RUN_SEED, caseOptions: OPTS, root, limitMs: IN_PROCESS_LIMIT_MS, keep: KEEP, env: caseEnv },
      { workers: WORKERS, hangMs: HANG_MS, trace: TRACE },
    );
    const slowest = reports.reduce((a, b) => (b.ms > a.ms ? b : a), reports[0] ?? { ms: 0, line: '' });
    console.log(`fuzz in-process: ${reports.length} cases in ${Date.now() - start} ms on ${WORKERS} threads; ${tally(reports)}; slowest ${slowest.ms} ms: ${slowest.line}`);
    const failures = reports.filter((r) => r.violations.length);
    expect(failures.length, report('in-process', failures, reports.length)).toBe(0);
  });

  it(`built CLI: ${spawnIndices.length} cases (seed ${RUN_SEED})`, { timeout: 120_000 + spawnIndices.length * 1000 }, async () => {
    const start = Date.now();
    interface Spawned {
      c: FuzzCase;
      dir: string;
      argv: string[];
    }
    const cases: Spawned[] = spawnIndices.map((i) => {
      const c = buildCase(RUN_SEED, i, OPTS);
      const dir = join(root, `s${i}`);
      return { c, dir, argv: materialize(c, dir) };
    });
    // score (without --rubric) and lint take several files: run those ten to a process
    // with the common flags; every other case runs alone with its own flags.
    const batchable = (x: Spawned) => (x.c.command === 'lint' || x.c.command === 'score' || x.c.command === 'score-json') && !x.c.args.includes('--rubric');
    const groups: Spawned[][] = [];
    for (const cmd of ['lint', 'score', 'score-json']) {
      const same = cases.filter((x) => batchable(x) && x.c.command === cmd);
      for (let i = 0; i < same.length; i += BATCH) groups.push(same.slice(i, i + BATCH));
    }
    for (const x of cases) if (!batchable(x)) groups.push([x]);

    const argvOf = (g: Spawned[]): string[] => {
      if (g.length === 1) return g[0]!.argv;
      const files = g.map((x) => x.argv[1]!);
      const cmd = g[0]!.c.command;
      return cmd === 'lint' ? ['lint', ...files, '--as-of', AS_OF] : ['score', ...files, '--as-of', AS_OF, ...(cmd === 'score-json' ? ['--format', 'json'] : [])];
    };
    const runGroup = async (g: Spawned[]): Promise<{ v: string[]; o: Outcome }> => {
      const befores = g.map((x) => hashDir(x.dir));
      const originals = g.map((x) => (x.c.command === 'log' ? readAll(x.dir) : undefined));
      const argv = argvOf(g);
      const input = g.length === 1 && g[0]!.c.stdin ? readFileSync(join(g[0]!.dir, g[0]!.c.stdin)) : undefined;
      // Several files get more time; a file that alone overruns is named when the batch is re-run file by file.
      const limit = SPAWN_LIMIT_MS + 5_000 * (g.length - 1);
      const o = await runSpawned(argv, { cwd: g[0]!.dir, home, timeoutMs: limit, input });
      const v = commandViolations(argv, o, limit);
      for (let k = 0; k < g.length; k++) v.push(...(await fileViolations(g[k]!.c, g[k]!.dir, befores[k]!, originals[k], o.code)));
      return { v, o };
    };

    const results = await pool(
      groups.map((g) => () => runGroup(g)),
      CPUS,
    );
    const failures: CaseReport[] = [];
    const failure = (x: Spawned, v: string[], o: Outcome): CaseReport => ({ index: x.c.index, line: describeCase(x.c, RUN_SEED), command: x.c.command, code: o.code, ms: o.ms, violations: v, stderr: o.stderr });
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k]!;
      const { v, o } = results[k]!;
      if (!v.length) continue;
      if (g.length === 1) {
        failures.push(failure(g[0]!, v, o));
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
          failures.push(failure(x, alone.v, alone.o));
        }
      }
      if (!named) failures.push({ ...failure(g[0]!, v, o), line: `batch ${argvOf(g).join(' ')}: ${g.map((x) => describeCase(x.c, RUN_SEED)).join('; ')}` });
    }
    const slow = results.map((x, k) => ({ ms: x.o.ms, k })).sort((a, b) => b.ms - a.ms)[0];
    const slowLine = slow ? `; slowest process ${slow.ms} ms: ${groups[slow.k]!.map((x) => `case=${x.c.index}`).join(' ')}` : '';
    const codes = tally(groups.flatMap((g, k) => g.map((x) => ({ command: x.c.command, code: results[k]!.o.code }))));
    console.log(`fuzz built CLI: ${cases.length} cases in ${groups.length} processes, ${Date.now() - start} ms; ${codes}${slowLine}`);
    if (!KEEP) for (const x of cases) rmSync(x.dir, { recursive: true, force: true });
    expect(failures.length, report('built-CLI', failures, cases.length)).toBe(0);
  });
});

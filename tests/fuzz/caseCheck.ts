/**
 * One fuzz case, end to end: build it, write its folder, run it in-process, apply every rule
 * of the oracle. Shared by the in-process workers and by the built-CLI sample (which runs
 * the process itself and calls fileViolations/commandViolations on the result).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AS_OF, buildCase, describeCase, materialize, type CaseOptions, type FuzzCase } from './corpus.js';
import { dirChanges, hashDir, junkViolations, linesKept, outputViolations, reportViolations, type Outcome } from './check.js';
import { runInProcess } from './runners.js';

/** What a case reports back. */
export interface CaseReport {
  index: number;
  line: string;
  command: string;
  code: number | null;
  ms: number;
  violations: string[];
  stderr: string;
}

/** The arguments of a case that decide which output rules apply. */
export const wantsJson = (argv: string[]) => argv.some((a, i) => argv[i - 1] === '--format' && (a === 'json' || a === 'sarif'));

/** Process rules plus what depends on the command: real scores in JSON, no NaN in reports and drafts. */
export function commandViolations(argv: string[], o: Outcome, limitMs: number): string[] {
  return [
    ...outputViolations(o, { json: wantsJson(argv), limitMs }),
    ...(argv[0] === 'score' && wantsJson(argv) && (o.code === 0 || o.code === 1) ? reportViolations(o.stdout) : []),
    ...(argv[0] === 'score' || argv[0] === 'exit' ? junkViolations(o.stdout) : []),
  ];
}

/** Bytes of every file in a case folder, for `log`'s line-by-line check. */
export function readAll(dir: string): Map<string, Buffer> {
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
export async function fileViolations(c: FuzzCase, dir: string, before: Map<string, string>, original: Map<string, Buffer> | undefined, code: number | null): Promise<string[]> {
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

/** Runs case `index` in-process in its own folder under `root`, and removes the folder unless `keep`. */
export async function checkCaseInProcess(runSeed: number, index: number, opts: CaseOptions, root: string, limitMs: number, keep: boolean): Promise<CaseReport> {
  const c = buildCase(runSeed, index, opts);
  const dir = join(root, `c${index}`);
  const argv = materialize(c, dir);
  const before = hashDir(dir);
  const original = c.command === 'log' ? readAll(dir) : undefined;
  const o = await runInProcess(argv);
  const violations = [...commandViolations(argv, o, limitMs), ...(await fileViolations(c, dir, before, original, o.code))];
  if (!keep) rmSync(dir, { recursive: true, force: true });
  return { index, line: `${describeCase(c, runSeed)}${keep ? ` dir=${dir}` : ''}`, command: c.command, code: o.code, ms: o.ms, violations, stderr: o.stderr };
}

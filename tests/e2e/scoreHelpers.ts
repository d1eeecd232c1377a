import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { hasStackTrace, runCli, tempDir, type CliResult } from './harness.js';

/** The date every example is scored at, so verdicts do not drift with the clock. */
export const AS_OF = '2026-11-24';

const made: string[] = [];

/** tempDir that is removed by removeScratch(): the corpus writes 16–17 MiB files. */
export function scratch(withExamples = false): string {
  const dir = tempDir(withExamples);
  made.push(dir);
  return dir;
}

/** Deletes every folder scratch() made (call in afterAll). */
export function removeScratch(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A CLI run plus how long it took, for the "never hangs" checks. */
export interface TimedResult extends CliResult {
  ms: number;
}

/** runCli with the wall-clock time of the run. */
export async function runTimed(args: string[], opts: Parameters<typeof runCli>[1] = {}): Promise<TimedResult> {
  const start = Date.now();
  const r = await runCli(args, opts);
  return { ...r, ms: Date.now() - start };
}

/** Writes a file under `dir` (creating folders) and returns its absolute path. */
export function put(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** Any ESC byte: the start of every ANSI colour or control sequence. */
export const hasEsc = (s: string) => s.includes('\u001b');

/** Bytes that must never reach a terminal raw from a user's file (safe-output checks). */
export const RAW_UNSAFE = /[\u001b\u0007\r\u202e]/;

/** A `file:line:col` position somewhere in the text. */
export const POSITION = /:\d+:\d+/;

/** One evidence item as the JSON report has it. */
export interface JsonEvidence {
  date: string | null;
  type: string;
  file: string;
  line: number;
  summary: string;
  /** 0.5^(age ÷ half_life), rounded to 2 decimals; 1 when the criterion has no half-life. */
  weight: number;
}

/** The parts of a `clientfit/report@1` object the tests read. */
export interface JsonReport {
  schema: string;
  client: { id: string; name: string; file: string };
  asOf: string;
  rubric: { id: string; file: string };
  fit: number;
  verdict: 'keep' | 'review' | 'exit';
  dealbreakers: string[];
  criteria: {
    id: string;
    title: string;
    metric: string;
    value: number | null;
    status: 'ok' | 'warn' | 'flag';
    severity: number;
    weight: number;
    pointsLost: number;
    /** Events the value rests on, and how many it takes to count in full (`min_evidence`). */
    evidenceCount: number;
    minEvidence: number;
    /** Only when some invoice has `paid: true` (paid on a date nobody recorded). */
    unknownPaidDates?: number;
    evidence: JsonEvidence[];
  }[];
  /** Praise in the rubric's window: how many, and the most recent one. */
  praise: { count: number; latest: { date: string; note?: string; file: string; line: number } | null };
  value: { revenue: number; currency: string; hours: number; effectiveRate: number | null };
  coverage: number;
  /** What lint found in the client's files (the CLI always runs the gate). */
  dataQuality: { warnings: { file: string; line: number; col: number; rule: string; message: string }[]; ignoredEvents: number; doubtfulEvents: number };
}

/**
 * Asserts that `file:line` really holds an event of that date: reads the referenced
 * line (1-based) from the file, resolved against `cwd` as the CLI printed it.
 * Returns the source line for further checks.
 */
export function expectLineHasDate(cwd: string, file: string, line: number, date: string): string {
  const lines = readFileSync(join(cwd, file), 'utf8').split(/\r?\n/);
  const src = lines[line - 1];
  expect(src, `${file}:${line} should exist`).toBeDefined();
  expect(src, `${file}:${line} should hold the event of ${date}`).toContain(date);
  return src!;
}

/**
 * Evidence lines of the text report: `YYYY-MM-DD  what happened  file:line`, followed by
 * `  weight 0.35` when the criterion has a half-life (`weight` is then that number, else 1).
 * Profile evidence (no date) is skipped; it is checked through the JSON.
 */
export function textEvidence(stdout: string): { date: string; file: string; line: number; weight: number }[] {
  const out: { date: string; file: string; line: number; weight: number }[] = [];
  for (const l of stdout.split('\n')) {
    const m = /^\s+(\d{4}-\d{2}-\d{2})\s.*\s(\S+):(\d+)(?: {2}weight (\d+(?:\.\d+)?))?$/.exec(l);
    if (m) out.push({ date: m[1]!, file: m[2]!, line: Number(m[3]), weight: m[4] === undefined ? 1 : Number(m[4]) });
  }
  return out;
}

/** The common promise of every bad-input case: exit 2, a clear located message, no trace. */
export function expectCleanFailure(r: TimedResult, opts: { position?: boolean; maxMs?: number } = {}): void {
  expect(r.code, r.stderr).toBe(2);
  expect(hasStackTrace(r.stderr), r.stderr).toBe(false);
  if (opts.position !== false) expect(r.stderr).toMatch(POSITION);
  // The issue asks for "within a second" on
  // a quiet machine; allow slack for a loaded CI box running tests in parallel.
  expect(r.ms).toBeLessThan(opts.maxMs ?? 5000);
  expect(r.stdout).toBe('');
}

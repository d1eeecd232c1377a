/**
 * The fuzz oracle: what must hold for every run of the CLI, whatever the input
 * (issue 6, DESIGN "Exit codes and errors"). Each check returns the list of violations
 * as short sentences; an empty list means the run behaved.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { hasStackTrace } from '../e2e/harness.js';
import { catalogs, loadMessages } from '../../src/core/i18n/index.js';

/** What one run of the CLI produced. */
export interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** The exception run() threw or rejected with (in-process only): always a failure. */
  crash?: string;
  timedOut?: boolean;
}

/**
 * Characters that must never reach a terminal raw: C0 controls except \n and \t, DEL, C1
 * controls (0x9b is a one-byte CSI) and the bidi controls that reorder what is shown.
 * Colour is off in every fuzz run (no TTY, NO_COLOR), so not even SGR codes are allowed.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The first unsafe character in `s` with a little context, or null. */
export function unsafeChar(s: string): string | null {
  const m = UNSAFE.exec(s);
  if (!m) return null;
  const cp = m[0].codePointAt(0)!.toString(16).padStart(4, '0');
  return `U+${cp} near ${JSON.stringify(s.slice(Math.max(0, m.index - 40), m.index + 20))}`;
}

/**
 * What JavaScript prints for a value that slipped past validation: no fuzz input writes
 * these words as text, so in a report they mean a NaN, a bad Date or an object reached it.
 */
const JUNK = /\bNaN\b|Invalid Date|\bundefined\b|\[object Object\]|\bInfinity\b/;

/**
 * Reports and drafts (score, exit) must not show JavaScript's words for a broken value.
 * Not for lint, whose messages rightly quote what the user wrote (`.nan` is NaN).
 */
export function junkViolations(stdout: string): string[] {
  const junk = JUNK.exec(stdout);
  if (!junk) return [];
  return [`stdout shows ${JSON.stringify(junk[0])}, a value that never reached a formatter: ${JSON.stringify(stdout.slice(Math.max(0, junk.index - 60), junk.index + 30))}`];
}

await loadMessages('es');
/** The "please report this" lines run() prints for an exception it did not expect. */
const INTERNAL = [catalogs.en.err.internal, catalogs.es.err.internal];

export interface OutputRules {
  /** stdout must parse as JSON when the exit code is 0 or 1. */
  json?: boolean;
  /** Longest acceptable run, in milliseconds. */
  limitMs: number;
}

/** Violations of the process-level rules: exit code, stack traces, unsafe output, time. */
export function outputViolations(o: Outcome, rules: OutputRules): string[] {
  const v: string[] = [];
  if (o.crash) v.push(`run() threw: ${o.crash.split('\n').slice(0, 6).join(' | ')}`);
  if (o.timedOut) v.push(`did not finish within ${rules.limitMs} ms (killed)`);
  else if (o.ms > rules.limitMs) v.push(`took ${o.ms} ms (limit ${rules.limitMs} ms)`);
  if (!o.crash && !o.timedOut && (o.code === null || ![0, 1, 2].includes(o.code))) v.push(`exit code ${o.code} (expected 0, 1 or 2)`);
  if (hasStackTrace(o.stderr)) v.push(`stack trace on stderr: ${JSON.stringify(o.stderr.slice(0, 300))}`);
  if (hasStackTrace(o.stdout)) v.push('stack trace on stdout');
  if (INTERNAL.some((m) => o.stderr.includes(m))) v.push(`internal error (an exception escaped the command): ${JSON.stringify(o.stderr.slice(0, 300))}`);
  const out = unsafeChar(o.stdout);
  if (out) v.push(`raw control character on stdout: ${out}`);
  const err = unsafeChar(o.stderr);
  if (err) v.push(`raw control character on stderr: ${err}`);
  if (o.code === 2 && !o.stderr.trim() && !o.crash && !o.timedOut) v.push('exit 2 with nothing on stderr (the user is not told why)');
  if (rules.json && (o.code === 0 || o.code === 1)) {
    try {
      JSON.parse(o.stdout);
    } catch (e) {
      v.push(`stdout is not JSON on exit ${o.code}: ${(e as Error).message}; stdout starts ${JSON.stringify(o.stdout.slice(0, 120))}`);
    }
  }
  return v;
}

/** sha256 of every file under `dir`, by path relative to it. */
export function hashDir(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(p).isDirectory()) walk(p, r);
      else out.set(r, createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir, '');
  return out;
}

/** Files added, removed or changed between two hashDir() snapshots. */
export function dirChanges(before: Map<string, string>, after: Map<string, string>): { changed: string[]; added: string[]; removed: string[] } {
  const changed: string[] = [];
  const removed: string[] = [];
  for (const [k, h] of before) {
    if (!after.has(k)) removed.push(k);
    else if (after.get(k) !== h) changed.push(k);
  }
  const added = [...after.keys()].filter((k) => !before.has(k));
  return { changed, added, removed };
}

/**
 * `log` keeps every existing line byte for byte and only adds lines (DESIGN). The one
 * allowed exception (appendEvent.ts) is the line holding `events: []`, `events: ~` or a
 * one-line `[…]` list, which cannot grow otherwise. Returns why the rule is broken, or null.
 */
export function linesKept(before: Buffer, after: Buffer): string | null {
  const old = before.toString('latin1').split('\n');
  const now = after.toString('latin1').split('\n');
  let j = 0;
  let rewritten = 0;
  for (let i = 0; i < old.length; i++) {
    const line = old[i]!;
    const at = now.indexOf(line, j);
    if (at >= 0) {
      j = at + 1;
      continue;
    }
    if (/events\s*:/.test(line) && rewritten === 0) {
      rewritten++;
      continue;
    }
    return `line ${i + 1} of the original is gone or changed: ${JSON.stringify(line.slice(0, 120))}`;
  }
  return null;
}

/** The parts of a `clientfit/report@1` object the oracle checks. */
interface ReportShape {
  schema?: unknown;
  fit?: unknown;
  verdict?: unknown;
  coverage?: unknown;
  criteria?: { id?: unknown; severity?: unknown; pointsLost?: unknown }[];
}

/**
 * `score --format json` on exit 0 or 1: every report is a real score whatever the input
 * (fit an integer 0–100, a known verdict, coverage and severities within 0–1). A bad
 * number that got past validation (Infinity hours, a NaN rate) shows up here.
 */
export function reportViolations(stdout: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(stdout);
  } catch {
    return []; // outputViolations reports unparseable JSON
  }
  const v: string[] = [];
  const inUnit = (x: unknown) => typeof x === 'number' && x >= 0 && x <= 1;
  for (const r of (Array.isArray(data) ? data : [data]) as ReportShape[]) {
    if (r.schema !== 'clientfit/report@1') v.push(`report schema is ${JSON.stringify(r.schema)}`);
    if (!Number.isInteger(r.fit) || (r.fit as number) < 0 || (r.fit as number) > 100) v.push(`fit is ${JSON.stringify(r.fit)} (expected an integer 0–100)`);
    if (!['keep', 'review', 'exit'].includes(r.verdict as string)) v.push(`verdict is ${JSON.stringify(r.verdict)}`);
    if (!inUnit(r.coverage)) v.push(`coverage is ${JSON.stringify(r.coverage)} (expected 0–1)`);
    for (const c of r.criteria ?? []) {
      if (!inUnit(c.severity)) v.push(`criterion ${String(c.id)}: severity ${JSON.stringify(c.severity)}`);
      if (typeof c.pointsLost !== 'number' || !Number.isFinite(c.pointsLost) || c.pointsLost < 0) v.push(`criterion ${String(c.id)}: pointsLost ${JSON.stringify(c.pointsLost)}`);
    }
  }
  return v;
}

import { UserError, type Problem } from '../core/errors.js';
import { findingFromProblem, isContentProblem } from '../core/lint/fromProblem.js';
import type { Finding } from '../core/lint/types.js';
import { readText } from './readText.js';

export type LintRead =
  | { ok: true; file: string; text: string }
  /** Read, but its bytes are the problem (not UTF-8, over 16 MiB): findings, exit 1. */
  | { ok: false; findings: Finding[] }
  /** Cannot be read at all (missing, a folder, no permission): exit 2. */
  | { ok: false; fatal: Problem[] };

/**
 * Reads a file for lint. A file that is too large is a finding, not a failure to run:
 * its size is known without reading it, and rejecting it is exactly what lint is for
 * (CI shows it on the file like any other finding). Missing or unreadable paths are
 * not files lint can judge, so they stop the run with exit 2 (DESIGN, lint exit codes).
 */
export function readForLint(path: string): LintRead {
  try {
    return { ok: true, ...readText(path) };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    if (e.problems.every(isContentProblem)) return { ok: false, findings: e.problems.map((p) => findingFromProblem(p, path)) };
    return { ok: false, fatal: e.problems };
  }
}

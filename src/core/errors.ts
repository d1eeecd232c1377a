/** Exit codes of every command (DESIGN.md, "Exit codes and errors"). */
export enum ExitCode {
  Ok = 0,
  Findings = 1,
  Failure = 2,
  Interrupted = 130,
}

/** Where something is in a user's file; line and col are 1-based. */
export interface Place {
  file: string;
  line: number;
  col: number;
}

/** Closed set of problem codes, so tests and lint rules can refer to them. */
export type ProblemCode =
  | 'yaml-syntax'
  | 'yaml-alias'
  | 'yaml-warning'
  | 'yaml-version'
  | 'forbidden-key'
  | 'not-utf8'
  | 'empty-file'
  | 'too-large'
  | 'not-found'
  | 'unreadable'
  | 'schema'
  | 'missing-log'
  | 'extends'
  | 'unknown-metric'
  | 'usage'
  | 'not-client';

/**
 * A problem found in a user's file or arguments. `message` is already in the user's
 * language; `source` is the offending line, for the caret excerpt.
 */
export interface Problem extends Partial<Place> {
  code: ProblemCode;
  message: string;
  expected?: string;
  source?: string;
  severity?: 'error' | 'warning';
}

/** The one error class that reaches users: printed without a stack trace, exit 2. */
export class UserError extends Error {
  readonly problems: Problem[];
  readonly exitCode: ExitCode;
  constructor(problems: Problem[] | Problem, exitCode: ExitCode = ExitCode.Failure) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map((p) => p.message).join('\n'));
    this.problems = list;
    this.exitCode = exitCode;
  }
}

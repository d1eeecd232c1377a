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
  | 'not-client'
  | 'multiple-documents'
  | 'untrusted'
  | 'outside';

/**
 * A message not yet worded: `key` is a dotted path into a language's bundle (`Messages`:
 * `t.err.notFound`, `lint.unknownKey`, `edit.value.date`) and `args` what its function takes.
 * Plain data, so it crosses worker threads by structured clone and compares as JSON; the
 * command words it in the user's language at the edge (ESLint's messageTemplate +
 * messageData). Build one with `M` (core/i18n/msg.ts), word it with `word` (core/i18n/word.ts).
 */
export interface Msg {
  key: string;
  args?: MsgArg[];
}

/** An argument of a message: data from the user's files or flags, or a message worded first. */
export type MsgArg = string | number | boolean | null | undefined | readonly string[] | Msg;

/**
 * A problem found in a user's file or arguments: a code, a place and what to say, not yet
 * worded; `source` is the offending line, for the caret excerpt.
 */
export interface Problem extends Partial<Place> {
  code: ProblemCode;
  message: Msg;
  expected?: Msg;
  source?: string;
  severity?: 'error' | 'warning';
}

/** A message as a developer reads it (`t.err.notFound("a.yaml")`): for Error.message and test failures, never for users. */
export function msgDebug(msg: Msg): string {
  const arg = (a: MsgArg): string => (a !== null && typeof a === 'object' && !Array.isArray(a) ? msgDebug(a as Msg) : JSON.stringify(a) ?? 'undefined');
  return msg.args ? `${msg.key}(${msg.args.map(arg).join(', ')})` : msg.key;
}

/** The one error class that reaches users: printed without a stack trace, exit 2. */
export class UserError extends Error {
  readonly problems: Problem[];
  readonly exitCode: ExitCode;
  constructor(problems: Problem[] | Problem, exitCode: ExitCode = ExitCode.Failure) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map((p) => msgDebug(p.message)).join('\n'));
    this.problems = list;
    this.exitCode = exitCode;
  }
}

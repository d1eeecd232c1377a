import type { Msg } from '../errors.js';
import type { Rubric } from '../schema/rubric.js';
import type { YamlSource } from '../yamlSource.js';

/** What a file holds; detected from its content or forced with `--kind`. */
import type { FileKind } from '../fileKind.js';
export { FILE_KINDS as LINT_KINDS } from '../fileKind.js';
export type LintKind = FileKind;

export type Severity = 'error' | 'warning';

/**
 * Every rule a finding can come from: a closed union, so formatters (SARIF rule lists),
 * tests and the catalogues can refer to them (Spectral keeps its codes the same way).
 */
export const RULE_IDS = [
  // reading and parsing
  'yaml-syntax',
  'yaml-alias',
  'yaml-version',
  'yaml-warning',
  'multiple-documents',
  'forbidden-key',
  'empty-file',
  'not-utf8',
  'too-large',
  'not-mapping',
  'unknown-kind',
  // every kind
  'schema',
  'unknown-key',
  'comment-in-value',
  'number-as-text',
  // clients and logs
  'impossible-date',
  'date-order',
  'duplicate-ref',
  'missing-log',
  'log-outside-workspace',
  'duplicate-log',
  'unknown-event-type',
  'unknown-event-field',
  'future-date',
  // rubrics
  'duplicate-criterion',
  'unknown-metric',
  'warn-equals-flag',
  'weight-not-positive',
  'bands-order',
  'missing-wording',
  'extends',
  'bad-window',
  'incomplete-criterion',
  'no-criteria',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Rules whose findings are warnings; every other rule reports errors (SARIF's default level, the README's table). */
const WARNING_RULES: readonly RuleId[] = ['yaml-warning', 'unknown-key', 'comment-in-value', 'number-as-text', 'duplicate-log', 'unknown-event-type', 'unknown-event-field', 'future-date', 'missing-wording'];

/** The level each rule reports at. */
export const RULE_LEVEL: Record<RuleId, 'error' | 'warning'> = Object.fromEntries(RULE_IDS.map((id) => [id, WARNING_RULES.includes(id) ? 'warning' : 'error'])) as Record<RuleId, 'error' | 'warning'>;

/**
 * One finding, the shape `lint --format json` prints (DESIGN.md) once the formatter has
 * worded `message` in the user's language. line and col are 1-based.
 */
export interface Finding {
  file: string;
  line: number;
  col: number;
  severity: Severity;
  rule: RuleId;
  message: Msg;
}

/** A `logs:` entry of a client, as the command layer found it on disk. */
export type LinkedLog =
  | { index: number; ref: string; shown: string; status: 'ok'; src: YamlSource }
  /** Read but not parseable: its own lint reports why; its events are unknown here. */
  | { index: number; ref: string; shown: string; status: 'broken' }
  | { index: number; ref: string; shown: string; status: 'missing' | 'unreadable'; detail?: Msg }
  /** Outside the client's workspace (symbolic links followed): never read. */
  | { index: number; ref: string; shown: string; status: 'outside'; workspace: string }
  /** The same file as the entry at `first` (another spelling, a link), or -1: the client file itself. Read and counted once. */
  | { index: number; ref: string; shown: string; status: 'duplicate'; first: number; firstRef: string };

/** What `extends` resolved to, found by the command layer (core never reads files). */
export type ParentInfo =
  | { status: 'none' }
  | { status: 'ok'; ref: string; rubric: Rubric }
  | { status: 'missing'; ref: string; builtin: boolean }
  | { status: 'loop'; ref: string; chain: string[] }
  /** Refused before or while reading: outside the workspace, or not a regular file. */
  | { status: 'refused'; ref: string; message: Msg; expected?: Msg }
  /** The parent exists but has problems of its own; `where` is its first one. */
  | { status: 'invalid'; ref: string; where: string; message: Msg };

/** Everything a rule needs: the parsed file, its kind, and facts the command layer gathered. */
export interface LintContext {
  file: string;
  kind: LintKind;
  src: YamlSource;
  /** The top-level mapping (rules only run on files that are mappings). */
  data: Record<string, unknown>;
  /** "Today" for future-date checks; passed in, never read from the clock here. */
  asOf: string;
  /** Clients only: the `logs:` entries. */
  logs?: LinkedLog[];
  /** Rubrics only: what `extends` resolved to. */
  parent?: ParentInfo;
  findings: Finding[];
}

/** A rule looks at the context and pushes findings; it never throws for bad input. */
export type Rule = (ctx: LintContext) => void;

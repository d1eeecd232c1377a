import type { Problem, ProblemCode } from '../errors.js';
import { M } from '../i18n/msg.js';
import type { Finding, RuleId } from './types.js';

/** Loader problem codes that are findings in a linted file, and the rule each becomes. */
const RULE_OF: Partial<Record<ProblemCode, RuleId>> = {
  'yaml-syntax': 'yaml-syntax',
  'yaml-alias': 'yaml-alias',
  'yaml-version': 'yaml-version',
  'yaml-warning': 'yaml-warning',
  'multiple-documents': 'multiple-documents',
  'forbidden-key': 'forbidden-key',
  'empty-file': 'empty-file',
  'not-utf8': 'not-utf8',
  'too-large': 'too-large',
  'missing-log': 'missing-log',
  'extends': 'extends',
  'unknown-metric': 'unknown-metric',
  schema: 'schema',
};

/** True for problems that are about a file's content (findings), not about running at all. */
export function isContentProblem(p: Problem): boolean {
  return Object.hasOwn(RULE_OF, p.code);
}

/**
 * A loader problem as a finding. The "expected" part is kept when it adds something
 * (`lint.problemLine`), since a finding is one line (ESLint style) with no excerpt under it.
 */
export function findingFromProblem(p: Problem, file: string): Finding {
  return {
    file: p.file ?? file,
    line: p.line ?? 1,
    col: p.col ?? 1,
    severity: p.severity ?? 'error',
    rule: RULE_OF[p.code] ?? 'schema',
    message: p.expected ? M.lint.problemLine(p.message, p.expected) : p.message,
  };
}

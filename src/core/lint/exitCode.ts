import { ExitCode } from '../errors.js';
import type { Finding } from './types.js';

/** Errors and warnings among findings. */
export function counts(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}

/** DESIGN: 1 for any error, or more warnings than `--max-warnings` allows; else 0. */
export function lintExitCode(findings: readonly Finding[], maxWarnings?: number): ExitCode {
  const { errors, warnings } = counts(findings);
  if (errors > 0) return ExitCode.Findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) return ExitCode.Findings;
  return ExitCode.Ok;
}

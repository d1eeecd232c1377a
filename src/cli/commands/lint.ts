import { ExitCode, UserError } from '../../core/errors.js';
import { M } from '../../core/i18n/msg.js';
import { counts, lintExitCode } from '../../core/lint/exitCode.js';
import { FORMATS, FORMATTERS } from '../../core/lint/formatters/index.js';
import { LINT_KINDS, type LintKind } from '../../core/lint/types.js';
import { lintPaths } from '../../io/lintPaths.js';
import { readText, STDIN_NAME } from '../../io/readText.js';
import { checkChoice, createContext, type Session } from '../context.js';
import { VERSION } from '../version.js';
import { writeErr } from '../stdout.js';

export interface LintFlags {
  kind?: string;
  format: string;
  maxWarnings?: string;
  asOf?: string;
  lang?: string;
  color: boolean;
}

/** A kind of file named on the command line, or a usage error. */
function kindOf(value: string): LintKind {
  if ((LINT_KINDS as readonly string[]).includes(value)) return value as LintKind;
  throw new UserError({ code: 'usage', message: M.t.err.onFlag('--kind', M.lint.badKind(value)), expected: M.t.err.badChoiceExpected(LINT_KINDS.join(', ')) });
}

function maxWarningsOf(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v.trim())) throw new UserError({ code: 'usage', message: M.t.err.onFlag('--max-warnings', M.lint.badMaxWarnings(v)), expected: M.lint.badMaxWarningsExpected });
  return Number(v);
}

/**
 * The lines of the files with findings, read again (only for SARIF's fingerprints): a file
 * that cannot be read now (standard input, a file gone) simply has no text.
 */
function sourceLines(): (file: string, line: number) => string | undefined {
  const cache = new Map<string, string[] | null>();
  return (file, line) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, file === '-' || file === STDIN_NAME ? null : readText(file).text.split(/\r?\n/));
      } catch {
        cache.set(file, null);
      }
    }
    return cache.get(file)?.[line - 1];
  };
}

/** flags → lint every path → one formatted report on stdout → exit code (DESIGN: 0, 1 findings, 2 cannot run). */
export async function runLint(session: Session, paths: string[], flags: LintFlags): Promise<number> {
  // Settings are read leniently: lint must still run (and report it) when that very file is broken.
  const ctx = await createContext(session, { ...flags, format: undefined }, { settingsDir: process.cwd(), lenientSettings: true });
  const m = ctx.m.lint;
  const format = checkChoice('--format', flags.format, FORMATS);
  const kind = flags.kind === undefined ? undefined : kindOf(flags.kind);
  const maxWarnings = maxWarningsOf(flags.maxWarnings);
  if (!paths.length) throw new UserError({ code: 'usage', message: M.lint.noFiles, expected: M.lint.noFilesExpected });
  if (paths.filter((p) => p === '-').length > 1) throw new UserError({ code: 'usage', message: M.t.err.stdinTwice });

  const { findings, fatal, checked } = lintPaths(paths, { kind, asOf: ctx.asOf });
  // With nothing checked there is no "all clean" to claim; machine formats still print a valid document.
  if (findings.length || checked || format !== 'stylish') {
    const sarif = format === 'sarif' ? { cwd: process.cwd(), lineOf: sourceLines() } : {};
    process.stdout.write(FORMATTERS[format](findings, { messages: ctx.m, style: ctx.style(process.stdout), files: checked, version: VERSION, ...sarif }));
  }
  const { errors, warnings } = counts(findings);
  if (!errors && maxWarnings !== undefined && warnings > maxWarnings) writeErr(`clientfit: ${m.tooManyWarnings(warnings, maxWarnings)}\n`);
  if (fatal.length) {
    ctx.report(fatal);
    return ExitCode.Failure;
  }
  return lintExitCode(findings, maxWarnings);
}

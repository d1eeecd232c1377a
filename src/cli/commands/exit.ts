import { ExitCode, UserError, type Problem } from '../../core/errors.js';
import { M } from '../../core/i18n/msg.js';
import { score } from '../../core/score.js';
import type { Client } from '../../core/client.js';
import { planExit } from '../../core/exit/plan.js';
import { buildDraft } from '../../core/exit/draft.js';
import { renderDraftText } from '../../core/exit/renderText.js';
import { markdownEscape, renderDraftMarkdown } from '../../core/exit/renderMarkdown.js';
import { shellArg } from '../../core/exit/shellArg.js';
import { safe } from '../../core/render/safeText.js';
import { plain } from '../../core/render/style.js';
import { sourceLine } from '../../core/yamlSource.js';
import { resolveLogs } from '../../io/clientLogs.js';
import { readText, STDIN_NAME } from '../../io/readText.js';
import { rubricChainFiles } from '../../io/rubricRef.js';
import { sameFileAs } from '../../io/writeFileSafely.js';
import { writeOut } from '../output.js';
import { checkDate, createContext, dirOf, type Session } from '../context.js';
import { writeOutOrExplain } from '../writeErrors.js';
import { writeErr } from '../stdout.js';

export interface ExitFlags {
  /** Any data-quality warning is exit 2 before anything is scored. */
  strict?: boolean;
  asOf?: string;
  noticeDate?: string;
  lang?: string;
  format: string;
  rubric?: string;
  /** Draft even for a keep verdict, or with a notice date before as-of. */
  force?: boolean;
  /** Every flag and talking point, the handover checklist and the lessons. */
  full?: boolean;
  out?: string;
  /** Replace an existing --out file (never an input). */
  overwrite?: boolean;
  color: boolean;
}

const FORMATS = ['text', 'md'] as const;

/**
 * `clientfit exit FILE`: read → score → plan → word → print (or write --out).
 * Refuses a keep verdict unless --force (exit 1), a notice date before as-of unless --force
 * (exit 2: notice is not given in the past by accident), and a profile without
 * `contract.termination` (exit 2, saying what to add). An existing --out file is replaced
 * only with --overwrite; an input file never is.
 */
export async function runExit(session: Session, file: string, flags: ExitFlags): Promise<number> {
  const early = await createContext(session, flags, { formats: FORMATS });
  const noticeDate = flags.noticeDate === undefined ? early.asOf : checkDate('--notice-date', flags.noticeDate);
  if (noticeDate < early.asOf && !flags.force) {
    throw new UserError({ code: 'usage', message: M.exit.err.noticePast(noticeDate, early.asOf), expected: M.exit.err.noticePastExpected(early.asOf) });
  }
  const ctx = await early.forDir(dirOf(file));
  const { lang, t, exit: x } = ctx.m;
  const { asOf, settings, format } = ctx;
  const rubric = ctx.rubric();
  const client = ctx.client(file);
  const term = client.profile.contract?.termination;
  if (!term) throw missingTermination(client);
  if (flags.out) refuseInput(flags.out, file, client.profile.logs, ctx.rubricRef, ctx.settingsFile);
  const report = score(client, rubric, { asOf, targetRate: settings.target_rate });
  if (report.verdict === 'keep' && !flags.force) {
    const cmd = ['clientfit exit', shellArg(file), ...(flags.asOf ? ['--as-of', flags.asOf] : []), '--force'].join(' ');
    throw new UserError({ code: 'usage', file: client.file, message: M.exit.err.keep(client.name, report.fit), expected: M.exit.err.keepExpected(cmd) }, ExitCode.Findings);
  }
  const plan = planExit(report, { noticeDate, settings });
  if (plan.notice.lastDay === null) throw noticeTooLong(client, term.notice_days);
  const toFile = Boolean(flags.out);
  const full = flags.full === true;
  const out =
    format === 'md'
      ? renderDraftMarkdown(buildDraft(plan, { lang, t, esc: markdownEscape, full }))
      : renderDraftText(buildDraft(plan, { lang, t, esc: { text: safe, code: safe }, full }), toFile ? plain : ctx.style(process.stdout));
  if (!flags.out) {
    await writeOut(out);
    return ExitCode.Ok;
  }
  writeOutOrExplain(flags.out, out, flags.overwrite === true);
  writeErr(`${x.err.written(safe(flags.out))}\n`);
  return ExitCode.Ok;
}

/**
 * --out must never land on a file this run reads, even with --overwrite: the client file, its
 * logs, the rubric and every rubric it extends, the settings file. Compared by real path and
 * by device and inode (sameFileAs), so `./x/../acme.yaml`, a symlink or a hard link to one
 * of them is refused too.
 */
function refuseInput(out: string, file: string, logs: string[] | undefined, rubricRef: string | null, settingsFile: string | null): void {
  const e = M.exit.err;
  const client = [...(file === '-' ? [] : [file]), ...resolveLogs(file, logs).map((l) => l.path)];
  if (sameFileAs(out, client)) throw new UserError({ code: 'usage', message: e.outIsInput(out), expected: e.outIsInputExpected });
  if (sameFileAs(out, rubricChainFiles(rubricRef))) throw new UserError({ code: 'usage', message: e.outIsRubric(out), expected: e.outIsInputExpected });
  if (settingsFile && sameFileAs(out, [settingsFile])) throw new UserError({ code: 'usage', message: e.outIsSettings(out), expected: e.outIsInputExpected });
}

/**
 * Points at the `contract:` key when there is one, else at the top of the file, and says
 * what to add in either case. The file is read again only to show the offending line
 * (standard input cannot be read twice, so it goes without the excerpt).
 */
function missingTermination(client: Client): UserError {
  const hasContract = client.profile.contract !== undefined;
  const line = (hasContract && client.profileLines.contract) || 1;
  const text = client.file === STDIN_NAME ? null : readTextOrNull(client.file);
  const where: Partial<Problem> = { file: client.file, line, col: 1, ...(text !== null ? { source: sourceLine(text, line) } : {}) };
  return new UserError({ code: 'schema', ...where, message: M.exit.err.noTermination, expected: hasContract ? M.exit.err.noTerminationUnder : M.exit.err.noTerminationNew });
}

function readTextOrNull(path: string): string | null {
  try {
    return readText(path).text;
  } catch {
    return null;
  }
}

function noticeTooLong(client: Client, days: number): UserError {
  const line = client.profileLines.contract ?? 1;
  return new UserError({ code: 'schema', file: client.file, line, col: 1, message: M.exit.err.noticeTooLong(days), expected: M.exit.err.noticeTooLongExpected });
}

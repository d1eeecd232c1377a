import { dirname } from 'node:path';
import type { Lang, Messages } from '../../core/i18n/index.js';
import { M } from '../../core/i18n/msg.js';
import { ExitCode, UserError, type Problem } from '../../core/errors.js';
import { isRealDate } from '../../core/dates.js';
import { buildClient, validateLog } from '../../core/client.js';
import { appendEvent } from '../../core/edit/appendEvent.js';
import { draftConflicts } from '../../core/edit/draftConflicts.js';
import { loadClient } from '../../io/loadClient.js';
import { buildDraft } from '../../core/edit/buildDraft.js';
import { draftField, type EventDraft } from '../../core/edit/draft.js';
import { safe } from '../../core/render/safeText.js';
import { parseYaml } from '../../core/yamlSource.js';
import { resolveLogTarget, type LogTarget } from '../../io/logTarget.js';
import { canPrompt, prompter } from '../../io/prompts.js';
import { createContext, dirOf, type Context, type Session } from '../context.js';
import { interviewLog } from '../interview/log.js';
import { checkWritableOrExplain, lockedOrExplain, writeOrExplain } from '../writeErrors.js';
import { writeErr } from '../stdout.js';

export interface LogFlags {
  date?: string;
  note?: string;
  /** Keep a type that is a near miss of a built-in one (a deliberate custom type). */
  force?: boolean;
  lang?: string;
  color: boolean;
}

/**
 * `clientfit log FILE [TYPE] [field=value ...]`: read the file the event belongs in, build
 * the event (from arguments, or by asking), add its lines without touching any other,
 * validate the result with the same schemas as every other command, then write atomically.
 * Any problem before the write leaves the file exactly as it was.
 */
export async function runLog(session: Session, file: string, type: string | undefined, pairs: string[], flags: LogFlags): Promise<number> {
  const early = await createContext(session, flags);
  if (file === '-') throw new UserError({ code: 'usage', message: M.edit.arg.stdin, expected: M.edit.arg.stdinExpected });
  const ctx = await early.forDir(dirOf(file));
  const e = ctx.m.edit;
  const today = ctx.asOf;
  if (flags.date !== undefined && !isRealDate(flags.date)) {
    throw new UserError({ code: 'usage', message: M.edit.arg.badDate('--date', flags.date), expected: M.edit.arg.badDateExpected });
  }
  if (type === undefined && !canPrompt()) throw new UserError({ code: 'usage', message: M.edit.arg.missingType, expected: M.edit.arg.missingTypeExpected });

  const first = resolveLogTarget(file);
  // Folders a `logs:` entry adds below the profile's own must not be symlinks either.
  const trustedDir = dirname(file);
  // A file that cannot be written (a symlink, read-only…) is refused before any question.
  checkWritableOrExplain(first.path, { trustedDir });
  const interactive = type === undefined;
  const { draft, warnings } = interactive ? { draft: await ask(first, flags, today, ctx.m), warnings: [] } : fromArgs(type, pairs, flags, today, ctx.m.lang);
  /** Checks the event against the file as it is, and adds it: the new text and its line. */
  const prepare = (target: LogTarget) => {
    const conflicts = draftConflicts(draft, knownRefs(file, target), Boolean(flags.force));
    if (conflicts.length) throw new UserError([...conflicts, nothingWritten(target)]);
    const added = appendEvent(target.src, draft);
    if (!added.ok) throw new UserError([added.problem, nothingWritten(target)]);
    const problems = revalidate(added.text, target);
    if (problems.length) throw new UserError([...problems, nothingWritten(target)]);
    return added;
  };
  const preview = prepare(first);
  if (warnings.length) ctx.report(warnings);

  if (interactive) {
    const p = await prompter(M.edit.ask.cancelled, e.prompt);
    // The lines as they will be in the file (a block-style event takes several).
    const grown = preview.text.split('\n').length - first.src.text.split('\n').length;
    const lines = preview.text.split('\n').slice(preview.line - 1, preview.line - 1 + Math.max(1, grown));
    writeErr(`\n${lines.map((l) => `  ${safe(l.replace(/\r$/, ''))}`).join('\n')}\n\n`);
    if (!(await p.confirm({ message: e.ask.addIt(safe(first.shown)), default: true }))) {
      writeErr(`${e.ask.cancelled}\n`);
      return ExitCode.Ok;
    }
  }
  // Under the lock, from the file as it is now: another run may have added its event since.
  const line = await lockedOrExplain(first.path, () => {
    const target = resolveLogTarget(file);
    const added = target.raw.equals(first.raw) ? preview : prepare(target);
    writeOrExplain(target.path, target.bom + added.text, { expect: target.raw, trustedDir });
    return added.line;
  });
  const what = `${safe(String(draftField(draft, 'type')))}`;
  writeErr(`${e.append.added(what, String(draftField(draft, 'date')), `${safe(first.shown)}:${line}`)}\n`);
  return ExitCode.Ok;
}

function nothingWritten(target: LogTarget): Problem {
  return { code: 'usage', severity: 'warning', message: M.edit.append.nothingWritten(target.shown) };
}

/** The event from the command line, and what to warn about once it is sure to be written. */
function fromArgs(type: string, pairs: string[], flags: LogFlags, today: string, lang: Lang): { draft: EventDraft; warnings: Problem[] } {
  const r = buildDraft({ type, date: flags.date ?? today, pairs, note: flags.note, lang });
  if (!r.draft) throw new UserError([...r.warnings, ...r.problems]);
  return { draft: r.draft, warnings: r.warnings };
}

async function ask(target: LogTarget, flags: LogFlags, today: string, m: Messages): Promise<EventDraft> {
  const p = await prompter(M.edit.ask.cancelled, m.edit.prompt);
  return interviewLog(p, { m, today, date: flags.date, note: flags.note, paymentTermsDays: target.paymentTermsDays });
}

/**
 * Invoice refs the client already uses, and where: all its files when FILE is a profile
 * (as lint checks a client with its logs), the file alone when FILE is a log.
 */
function knownRefs(file: string, target: LogTarget): Map<string, string> {
  const events = target.kind === 'log' && target.path === file ? logEvents(target) : loadClient(file).events;
  const refs = new Map<string, string>();
  for (const e of events) if (e.type === 'invoice' && e.ref !== undefined && !refs.has(String(e.ref))) refs.set(String(e.ref), `${e.file}:${e.line}`);
  return refs;
}

function logEvents(target: LogTarget) {
  const r = validateLog(target.src);
  return r.ok ? r.value : [];
}

/** The new text must pass exactly the checks a later `score` or `lint` would make. */
function revalidate(text: string, target: LogTarget): Problem[] {
  const parsed = parseYaml(text, target.shown, target.kind);
  if (!parsed.ok) return parsed.problems;
  const r = target.kind === 'log' ? validateLog(parsed.src) : buildClient(parsed.src);
  return r.ok ? [] : r.problems;
}

import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { analyse } from '../../core/calibrate/analyse.js';
import type { CaseResult } from '../../core/calibrate/cases.js';
import { calibratedRubricText } from '../../core/calibrate/rubricFile.js';
import { parseWindow } from '../../core/dates.js';
import { ExitCode, UserError } from '../../core/errors.js';
import { M } from '../../core/i18n/msg.js';
import { calibrationJson, renderCalibrationMarkdown, renderCalibrationText } from '../../core/render/calibration.js';
import { safe, safeJson } from '../../core/render/safeText.js';
import { pruneCache } from '../../io/cache.js';
import { loadRubric } from '../../io/loadRubric.js';
import { BUILTIN_DEFAULT, isBuiltinRef, resolveRubricRef, rubricChainFiles, rubricFile } from '../../io/rubricRef.js';
import { sameFileAs } from '../../io/writeFileSafely.js';
import { createContext, printWarnings, type Session } from '../context.js';
import { checkFolder, folderFiles, folderJob, runFolder } from '../folderRun.js';
import { writeNewFileOrExplain } from '../writeErrors.js';
import { writeErr } from '../stdout.js';

export interface CalibrateFlags {
  /** Any data-quality warning is exit 2 before anything is scored. */
  strict?: boolean;
  lead: string;
  rubric?: string;
  asOf?: string;
  lang?: string;
  format: string;
  write?: string;
  overwrite?: boolean;
  /** false with --no-cache */
  cache: boolean;
  color: boolean;
}

const FORMATS = ['text', 'json', 'md'] as const;

/** What `extends:` says in the written rubric: the builtin name, or the rubric's path from the new file's folder. */
function extendsRefFor(rubricRef: string | null, out: string): string {
  const ref = rubricRef || BUILTIN_DEFAULT;
  if (isBuiltinRef(ref)) return ref;
  const rel = relative(dirname(resolve(out)), resolve(rubricFile(ref))).split(sep).join('/');
  return rel.startsWith('.') || isAbsolute(rel) ? rel : `./${rel}`;
}

/**
 * `clientfit calibrate DIR`: load every client (the portfolio's threads and cache), score
 * each labelled one as of its outcome date minus the lead, compare the verdicts and each
 * criterion with the outcomes, suggest changes only where the evidence holds, and write
 * them as a rubric with --write.
 */
export async function runCalibrate(session: Session, dir: string, flags: CalibrateFlags): Promise<number> {
  const early = await createContext(session, flags, { formats: FORMATS });
  // A lead of 0 (score as of the outcome date itself) is allowed, unlike a window of 0.
  const lead = /^0+[dwmy]$/.test(flags.lead.trim()) ? { n: 0, unit: 'd' as const, text: flags.lead.trim() } : parseWindow(flags.lead);
  if (!lead) throw new UserError({ code: 'usage', message: M.t.err.onFlag('--lead', M.calibrate.badLead(flags.lead)), expected: M.calibrate.badLeadExpected });
  checkFolder(dir);
  const ctx = await early.forDir(dir);
  const { t, calibrate: c } = ctx.m;
  const rubric = ctx.rubric();
  const found = folderFiles(dir);
  const out = flags.write;
  if (out) {
    // Never onto a file this run reads: the rubric chain, the settings, any file of the folder.
    const inputs = [...rubricChainFiles(ctx.rubricRef), ...(ctx.settingsFile ? [ctx.settingsFile] : []), ...found.files];
    if (sameFileAs(out, inputs)) throw new UserError({ code: 'usage', message: M.calibrate.writeOntoInput(out), expected: M.calibrate.writeExistsExpected });
    // The new rubric's `extends:` must resolve from where it will be (inside the workspace).
    resolveRubricRef(extendsRefFor(ctx.rubricRef, out), out);
  }
  const { job, cacheDir } = folderJob(ctx, rubric, flags.cache, { lead });
  const { outcomes, failures } = await runFolder(found, job, ctx, c.progress);
  const results: CaseResult[] = [];
  for (const o of outcomes) if (o.kind === 'case') results.push(o.result);
  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const warnings = results.flatMap((r) => r.warnings);
  printWarnings(warnings, session, ctx.m, ctx.color);
  if (flags.strict && warnings.length) throw new UserError({ code: 'usage', message: M.t.err.strictData(warnings.length), expected: M.t.err.strictDataExpected });

  const cal = analyse(results, rubric, lead.text);
  const opts = { t, c, dir, style: ctx.style(process.stdout) };
  const text =
    ctx.format === 'json' ? safeJson(calibrationJson(cal, opts)) + '\n' : ctx.format === 'md' ? renderCalibrationMarkdown(cal, opts) : renderCalibrationText(cal, opts);
  process.stdout.write(text);
  if (out) {
    if (!cal.suggestions.length) writeErr(`${c.notWritten(safe(out))}\n`);
    else {
      const yaml = calibratedRubricText(cal, rubric, { extendsRef: extendsRefFor(ctx.rubricRef, out), date: ctx.asOf, t, c });
      writeNewFileOrExplain(out, yaml, Boolean(flags.overwrite), { exists: M.calibrate.writeExists(out), existsExpected: M.calibrate.writeExistsExpected });
      // What was written must load as a rubric: a failure here is a bug, never a silent bad file.
      loadRubric(out);
      writeErr(`${c.written(safe(out), cal.suggestions.length)}\n`);
    }
  }
  if (cacheDir) pruneCache(cacheDir);
  if (failures.length) {
    writeErr(`${ctx.m.portfolio.failed(failures.length)}\n`);
    return ExitCode.Failure;
  }
  return ExitCode.Ok;
}

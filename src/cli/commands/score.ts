import { dirname, isAbsolute, join } from 'node:path';
import { catalogs } from '../../core/i18n/index.js';
import { ExitCode, UserError } from '../../core/errors.js';
import { score, type Report, type Verdict } from '../../core/score.js';
import { renderText } from '../../core/render/text.js';
import { renderMarkdown } from '../../core/render/markdown.js';
import { reportJson } from '../../core/render/json.js';
import { safeJson } from '../../core/render/safeText.js';
import { loadClient } from '../../io/loadClient.js';
import { loadRubric } from '../../io/loadRubric.js';
import { loadSettings } from '../../io/settings.js';
import { STDIN_NAME } from '../../io/readText.js';
import { checkChoice, earlyCatalog, resolveAsOf, resolveLang } from '../context.js';
import { styleFor } from '../style.js';
import { printProblems } from '../output.js';
import type { Rubric } from '../../core/schema/rubric.js';

export interface ScoreFlags {
  rubric?: string;
  asOf?: string;
  lang?: string;
  format: string;
  failOn?: string;
  color: boolean;
}

const FORMATS = ['text', 'json', 'md'] as const;
const FAIL_ON = ['review', 'exit'] as const;
/** Worse verdicts first: --fail-on review also fails on exit. */
const RANK: Record<Verdict, number> = { exit: 0, review: 1, keep: 2 };

/** Rubric for a client: --rubric, else settings `rubric:` (relative to the settings file), else the built-in default. */
export function rubricRefFor(flag: string | undefined, settingsRubric: string | undefined, settingsFile: string | null): string | null {
  if (flag) return flag;
  if (settingsRubric) {
    if (settingsRubric.startsWith('builtin:') || isAbsolute(settingsRubric) || !settingsFile) return settingsRubric;
    return join(dirname(settingsFile), settingsRubric);
  }
  return null;
}

export async function runScore(files: string[], flags: ScoreFlags): Promise<number> {
  const t0 = earlyCatalog(flags.lang);
  const format = checkChoice('--format', flags.format, FORMATS, t0);
  const failOn = flags.failOn === undefined ? undefined : checkChoice('--fail-on', flags.failOn, FAIL_ON, t0);
  const asOf = resolveAsOf(flags.asOf, t0);
  if (files.filter((f) => f === '-').length > 1) throw new UserError({ code: 'usage', message: t0.err.stdinTwice });
  const rubrics = new Map<string, Rubric>();
  const reports: { report: Report; lang: ReturnType<typeof resolveLang> }[] = [];
  let failed = false;
  for (const file of files) {
    try {
      const { settings, file: settingsFile } = loadSettings(file === '-' ? '.' : dirname(file), t0);
      const lang = resolveLang(flags.lang, settings.lang);
      const t = catalogs[lang];
      const ref = rubricRefFor(flags.rubric, settings.rubric, settingsFile);
      const key = `${ref}\u0000${lang}`;
      let rubric = rubrics.get(key);
      if (!rubric) rubrics.set(key, (rubric = loadRubric(ref, t)));
      const client = loadClient(file, t);
      reports.push({ report: score(client, rubric, { asOf, targetRate: settings.target_rate }), lang });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      printProblems(e.problems, t0, flags.color);
      failed = true;
    }
  }
  const style = styleFor(process.stdout, !flags.color);
  let out: string;
  if (format === 'json') {
    const objs = reports.map(({ report, lang }) => reportJson(report, { lang, t: catalogs[lang] }));
    out = safeJson(files.length === 1 && objs.length === 1 ? objs[0] : objs) + '\n';
  } else {
    const render = (r: Report, lang: 'en' | 'es') =>
      format === 'md' ? renderMarkdown(r, { lang, t: catalogs[lang] }) : renderText(r, { lang, t: catalogs[lang], style });
    out = reports.map(({ report, lang }) => render(report, lang)).join(format === 'md' ? '\n---\n\n' : '\n');
  }
  if (reports.length || format === 'json') process.stdout.write(out);
  if (failed) return ExitCode.Failure;
  if (failOn && reports.some(({ report }) => RANK[report.verdict] <= RANK[failOn])) return ExitCode.Findings;
  return ExitCode.Ok;
}

export { STDIN_NAME };

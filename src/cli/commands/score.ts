import { dirname } from 'node:path';
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
import { checkChoice, earlyCatalog, resolveAsOf, resolveLang, rubricRefFor } from '../context.js';
import { styleFor } from '../style.js';
import { printProblems } from '../output.js';
import type { Rubric } from '../../core/schema/rubric.js';
import { whatIf } from '../../core/whatIf.js';
import { compare, type Comparison } from '../../core/compare.js';
import { redactReport } from '../../core/redact.js';
import { explainCatalogs } from '../../core/render/whatIf.js';
import { percent } from '../../core/render/numbers.js';

export interface ScoreFlags {
  /** One rubric; a second one only with --compare (old rubric, then new). */
  rubric?: string[];
  whatIf?: boolean;
  minCoverage?: string;
  compare?: string;
  redact?: boolean;
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


interface Scored {
  report: Report;
  lang: 'en' | 'es';
  whatIf?: ReturnType<typeof whatIf>;
  compare?: Comparison;
}

export async function runScore(files: string[], flags: ScoreFlags): Promise<number> {
  const t0 = earlyCatalog(flags.lang);
  const format = checkChoice('--format', flags.format, FORMATS, t0);
  const failOn = flags.failOn === undefined ? undefined : checkChoice('--fail-on', flags.failOn, FAIL_ON, t0);
  const asOf = resolveAsOf(flags.asOf, t0);
  const x0 = explainCatalogs[t0.lang as 'en' | 'es'];
  const minCoverage = flags.minCoverage === undefined ? undefined : Number(flags.minCoverage.replace(/%$/, ''));
  if (minCoverage !== undefined && !(minCoverage >= 0 && minCoverage <= 100)) {
    throw new UserError({ code: 'usage', message: `--min-coverage: ${x0.badPercent(flags.minCoverage!)}`, expected: x0.badPercentExpected });
  }
  const compareDate = flags.compare === undefined ? undefined : resolveAsOf(flags.compare, t0);
  const rubricFlags = flags.rubric ?? [];
  if (rubricFlags.length > 2 || (rubricFlags.length === 2 && !compareDate)) {
    throw new UserError({ code: 'usage', message: t0.err.twoRubrics, expected: t0.err.twoRubricsExpected });
  }
  if (files.filter((f) => f === '-').length > 1) throw new UserError({ code: 'usage', message: t0.err.stdinTwice });
  const rubrics = new Map<string, Rubric>();
  const getRubric = (ref: string | null, t: typeof t0) => {
    const key = `${ref}\u0000${t.lang}`;
    let rubric = rubrics.get(key);
    if (!rubric) rubrics.set(key, (rubric = loadRubric(ref, t)));
    return rubric;
  };
  const reports: Scored[] = [];
  let failed = false;
  let lowCoverage = false;
  for (const file of files) {
    // Errors about a file are told in that file's language (its settings may set one).
    let t = t0;
    try {
      const { settings, file: settingsFile } = loadSettings(file === '-' ? '.' : dirname(file), t0);
      const lang = resolveLang(flags.lang, settings.lang);
      t = catalogs[lang];
      const rubric = getRubric(rubricRefFor(rubricFlags[0], settings.rubric, settingsFile), t);
      const client = loadClient(file, t);
      const opts = { asOf, targetRate: settings.target_rate };
      let report = score(client, rubric, opts);
      let comparison: Comparison | undefined;
      if (compareDate) {
        const then = score(client, rubric, { ...opts, asOf: compareDate });
        const newRubric = rubricFlags[1] ? getRubric(rubricFlags[1], t) : undefined;
        comparison = compare(then, report, newRubric && score(client, newRubric, opts));
        if (newRubric) report = comparison.to;
      }
      const what = flags.whatIf ? whatIf(report) : undefined;
      if (minCoverage !== undefined && report.coverage * 100 < minCoverage) {
        const x = explainCatalogs[lang];
        printProblems([{ code: 'usage', file: client.file, message: x.minCoverage(percent(report.coverage, t), `${minCoverage}%`), expected: x.minCoverageExpected }], t, flags.color);
        lowCoverage = true;
        continue;
      }
      if (flags.redact) report = redactReport(report, explainCatalogs[lang].redactedClient);
      reports.push({ report, lang, whatIf: what, compare: comparison && flags.redact ? { ...comparison, from: redactReport(comparison.from, ''), to: report } : comparison });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      // `clientfit score clients/*.yaml` also matches the logs: skip them with a note.
      if (files.length > 1 && e.problems.length === 1 && e.problems[0]!.code === 'not-client') {
        process.stderr.write(`clientfit: ${t.err.skippedLog(file)}\n`);
        continue;
      }
      printProblems(e.problems, t, flags.color);
      failed = true;
    }
  }
  const style = styleFor(process.stdout, !flags.color);
  let out: string;
  if (format === 'json') {
    const objs = reports.map((r) => reportJson(r.report, { lang: r.lang, t: catalogs[r.lang], whatIf: r.whatIf, compare: r.compare }));
    out = safeJson(files.length === 1 && objs.length === 1 ? objs[0] : objs) + '\n';
  } else {
    const render = (r: Scored) =>
      format === 'md'
        ? renderMarkdown(r.report, { lang: r.lang, t: catalogs[r.lang], whatIf: r.whatIf, compare: r.compare })
        : renderText(r.report, { lang: r.lang, t: catalogs[r.lang], style, whatIf: r.whatIf, compare: r.compare });
    out = reports.map(render).join(format === 'md' ? '\n---\n\n' : '\n');
  }
  if (reports.length || (format === 'json' && !failed && !lowCoverage)) process.stdout.write(out);
  if (failed || lowCoverage) return ExitCode.Failure;
  if (failOn && reports.some(({ report }) => RANK[report.verdict] <= RANK[failOn])) return ExitCode.Findings;
  return ExitCode.Ok;
}


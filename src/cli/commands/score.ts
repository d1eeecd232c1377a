import { messages, type Lang } from '../../core/i18n/index.js';
import { ExitCode, UserError } from '../../core/errors.js';
import { M } from '../../core/i18n/msg.js';
import { score, type Report, type Verdict } from '../../core/score.js';
import { renderText } from '../../core/render/text.js';
import { renderMarkdown } from '../../core/render/markdown.js';
import { reportJson } from '../../core/render/json.js';
import { safeJson } from '../../core/render/safeText.js';
import { percent } from '../../core/render/numbers.js';
import { whatIf } from '../../core/whatIf.js';
import { compare, type Comparison } from '../../core/compare.js';
import { redactReport } from '../../core/redact.js';
import { page } from '../../core/render/html/page.js';
import { scoreSection } from '../../core/render/html/score.js';
import { VERSION } from '../version.js';
import type { Client } from '../../core/client.js';
import type { Rubric } from '../../core/schema/rubric.js';
import { checkChoice, checkDate, createContext, dirOf, type Session } from '../context.js';
import { writeErr } from '../stdout.js';

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
  strict?: boolean;
  color: boolean;
}

const FORMATS = ['text', 'json', 'md', 'html'] as const;
const FAIL_ON = ['review', 'exit'] as const;
/** Worse verdicts first: --fail-on review also fails on exit. */
const RANK: Record<Verdict, number> = { exit: 0, review: 1, keep: 2 };


interface Scored {
  report: Report;
  lang: Lang;
  whatIf?: ReturnType<typeof whatIf>;
  compare?: Comparison;
}

export async function runScore(session: Session, files: string[], flags: ScoreFlags): Promise<number> {
  const base = await createContext(session, flags, { formats: FORMATS });
  const failOn = flags.failOn === undefined ? undefined : checkChoice('--fail-on', flags.failOn, FAIL_ON);
  const minCoverage = flags.minCoverage === undefined ? undefined : Number(flags.minCoverage.replace(/%$/, ''));
  if (minCoverage !== undefined && !(minCoverage >= 0 && minCoverage <= 100)) {
    throw new UserError({ code: 'usage', message: M.t.err.onFlag('--min-coverage', M.explain.badPercent(flags.minCoverage!)), expected: M.explain.badPercentExpected });
  }
  const compareDate = flags.compare === undefined ? undefined : checkDate('--compare', flags.compare);
  const rubricFlags = flags.rubric ?? [];
  if (rubricFlags.length > 2 || (rubricFlags.length === 2 && !compareDate)) {
    throw new UserError({ code: 'usage', message: M.t.err.twoRubrics, expected: M.t.err.twoRubricsExpected });
  }
  if (files.filter((f) => f === '-').length > 1) throw new UserError({ code: 'usage', message: M.t.err.stdinTwice });
  const reports: Scored[] = [];
  let failed = false;
  let lowCoverage = false;
  // Read every file first: with --strict a data-quality warning in any of them stops the
  // run before anything is scored.
  const loaded: { ctx: typeof base; client: Client; rubric: Rubric }[] = [];
  for (const file of files) {
    // Errors about a file are told in that file's language (its settings may set one).
    let ctx = base;
    try {
      ctx = await base.forDir(dirOf(file));
      const rubric = ctx.rubric();
      loaded.push({ ctx, rubric, client: ctx.client(file) });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      // `clientfit score clients/*.yaml` also matches the logs: skip them with a note.
      if (files.length > 1 && e.problems.length === 1 && e.problems[0]!.code === 'not-client') {
        writeErr(`clientfit: ${ctx.t.err.skippedLog(file)}\n`);
        continue;
      }
      ctx.report(e.problems);
      failed = true;
    }
  }
  if (failed && flags.strict) return ExitCode.Failure;
  for (const { ctx, client, rubric } of loaded) {
    const { lang, t, explain: x } = ctx.m;
    const opts = { asOf: ctx.asOf, targetRate: ctx.settings.target_rate };
    let report = score(client, rubric, opts);
    let comparison: Comparison | undefined;
    if (compareDate) {
      const then = score(client, rubric, { ...opts, asOf: compareDate });
      const newRubric = rubricFlags[1] ? ctx.rubric(rubricFlags[1]) : undefined;
      comparison = compare(then, report, newRubric && score(client, newRubric, opts));
      if (newRubric) report = comparison.to;
    }
    const what = flags.whatIf ? whatIf(report) : undefined;
    if (minCoverage !== undefined && report.coverage * 100 < minCoverage) {
      ctx.report([{ code: 'usage', file: client.file, message: M.explain.minCoverage(percent(report.coverage, t), `${minCoverage}%`), expected: M.explain.minCoverageExpected }]);
      lowCoverage = true;
      continue;
    }
    if (flags.redact) report = redactReport(report, x.redactedClient);
    reports.push({ report, lang, whatIf: what, compare: comparison && flags.redact ? { ...comparison, from: redactReport(comparison.from, ''), to: report } : comparison });
  }
  const style = base.style(process.stdout);
  let out: string;
  if (base.format === 'json') {
    const objs = reports.map((r) => reportJson(r.report, { lang: r.lang, t: messages(r.lang).t, whatIf: r.whatIf, compare: r.compare }));
    out = safeJson(files.length === 1 && objs.length === 1 ? objs[0] : objs) + '\n';
  } else if (base.format === 'html') {
    const { t, html: h } = base.m;
    const body = reports.map((r) => scoreSection(r.report, { lang: r.lang, t: messages(r.lang).t, h: messages(r.lang).html, whatIf: r.whatIf, compare: r.compare })).join('\n<hr>\n');
    const only = reports.length === 1 ? reports[0]!.report.client.name : null;
    out = page({ lang: base.lang, title: only ? t.report.reportTitle(only) : t.report.reportTitle(String(reports.length)), body, footer: h.generated(VERSION, base.asOf) });
  } else {
    const render = (r: Scored) =>
      base.format === 'md'
        ? renderMarkdown(r.report, { lang: r.lang, t: messages(r.lang).t, whatIf: r.whatIf, compare: r.compare })
        : renderText(r.report, { lang: r.lang, t: messages(r.lang).t, style, whatIf: r.whatIf, compare: r.compare });
    out = reports.map(render).join(base.format === 'md' ? '\n---\n\n' : '\n');
  }
  if (reports.length || (base.format === 'json' && !failed && !lowCoverage)) process.stdout.write(out);
  if (failed || lowCoverage) return ExitCode.Failure;
  if (failOn && reports.some(({ report }) => RANK[report.verdict] <= RANK[failOn])) return ExitCode.Findings;
  return ExitCode.Ok;
}


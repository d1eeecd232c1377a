import { ExitCode, UserError } from '../../core/errors.js';
import { M } from '../../core/i18n/msg.js';
import { parseWindow } from '../../core/dates.js';
import { defaultFrom, history, MAX_STEPS, steps } from '../../core/history.js';
import { historyJson, renderHistoryCsv, renderHistoryMarkdown, renderHistoryText } from '../../core/render/history.js';
import { safeJson } from '../../core/render/safeText.js';
import { page } from '../../core/render/html/page.js';
import { historySection } from '../../core/render/html/history.js';
import { VERSION } from '../version.js';
import { checkDate, createContext, dirOf, type Session } from '../context.js';

export interface HistoryFlags {
  /** Any data-quality warning is exit 2 before anything is scored. */
  strict?: boolean;
  from?: string;
  every: string;
  rubric?: string;
  asOf?: string;
  lang?: string;
  format: string;
  color: boolean;
}

const FORMATS = ['text', 'json', 'csv', 'md', 'html'] as const;

/** read → score at each step → explain the moves → print: the fit over time, and what moved it and by how much. */
export async function runHistory(session: Session, file: string, flags: HistoryFlags): Promise<number> {
  const early = await createContext(session, flags, { formats: FORMATS });
  const every = parseWindow(flags.every);
  if (!every) throw new UserError({ code: 'usage', message: M.t.err.onFlag('--every', M.explain.badEvery(flags.every)), expected: M.explain.badEveryExpected });
  const from = flags.from === undefined ? undefined : checkDate('--from', flags.from);
  if (from && from > early.asOf) throw new UserError({ code: 'usage', message: M.explain.fromAfterAsOf(from, early.asOf) });
  const ctx = await early.forDir(dirOf(file));
  const { lang, t } = ctx.m;
  const rubric = ctx.rubric();
  const client = ctx.client(file);
  const dates = steps(from ?? defaultFrom(ctx.asOf, rubric), ctx.asOf, every);
  if (dates.length > MAX_STEPS) {
    throw new UserError({ code: 'usage', message: M.t.err.onFlag(`--every ${flags.every}`, M.explain.tooManySteps(dates.length)), expected: M.explain.tooManyStepsExpected });
  }
  // JSON explains every move, text, Markdown and HTML the three biggest, CSV none (points only).
  const moves = ctx.format === 'json' ? 'all' : ctx.format === 'csv' ? 0 : 3;
  const h = history(client, rubric, dates, { targetRate: ctx.settings.target_rate, moves });
  const out =
    ctx.format === 'json'
      ? safeJson(historyJson(h, { t })) + '\n'
      : ctx.format === 'csv'
        ? renderHistoryCsv(h)
        : ctx.format === 'md'
          ? renderHistoryMarkdown(h, { lang, t })
          : ctx.format === 'html'
            ? page({ lang, title: ctx.m.explain.historyTitle(h.client.name), body: historySection(h, rubric.bands, lang, t), footer: ctx.m.html.generated(VERSION, ctx.asOf) })
          : renderHistoryText(h, { lang, t, style: ctx.style(process.stdout) });
  process.stdout.write(out);
  return ExitCode.Ok;
}

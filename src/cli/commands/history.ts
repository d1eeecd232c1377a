import { dirname } from 'node:path';
import { catalogs } from '../../core/i18n/index.js';
import { ExitCode, UserError } from '../../core/errors.js';
import { parseWindow } from '../../core/dates.js';
import { defaultFrom, history, MAX_STEPS, steps } from '../../core/history.js';
import { historyJson, renderHistoryCsv, renderHistoryMarkdown, renderHistoryText } from '../../core/render/history.js';
import { explainCatalogs } from '../../core/render/whatIf.js';
import { safeJson } from '../../core/render/safeText.js';
import { loadClient } from '../../io/loadClient.js';
import { loadRubric } from '../../io/loadRubric.js';
import { loadSettings } from '../../io/settings.js';
import { checkChoice, earlyCatalog, resolveAsOf, resolveLang } from '../context.js';
import { styleFor } from '../style.js';
import { rubricRefFor } from '../context.js';

export interface HistoryFlags {
  from?: string;
  every: string;
  rubric?: string;
  asOf?: string;
  lang?: string;
  format: string;
  color: boolean;
}

const FORMATS = ['text', 'json', 'csv', 'md'] as const;

/** read → score at each step → print: the fit over time and the events that moved it most. */
export async function runHistory(file: string, flags: HistoryFlags): Promise<number> {
  const t0 = earlyCatalog(flags.lang);
  const x0 = explainCatalogs[t0.lang as 'en' | 'es'];
  const format = checkChoice('--format', flags.format, FORMATS, t0);
  const asOf = resolveAsOf(flags.asOf, t0);
  const every = parseWindow(flags.every);
  if (!every) throw new UserError({ code: 'usage', message: `--every: ${x0.badEvery(flags.every)}`, expected: x0.badEveryExpected });
  const from = flags.from === undefined ? undefined : resolveAsOf(flags.from, t0);
  if (from && from > asOf) throw new UserError({ code: 'usage', message: x0.fromAfterAsOf(from, asOf) });
  const { settings, file: settingsFile } = loadSettings(file === '-' ? '.' : dirname(file), t0);
  const lang = resolveLang(flags.lang, settings.lang);
  const t = catalogs[lang];
  const rubric = loadRubric(rubricRefFor(flags.rubric, settings.rubric, settingsFile), t);
  const client = loadClient(file, t);
  const dates = steps(from ?? defaultFrom(asOf, rubric), asOf, every);
  if (dates.length > MAX_STEPS) {
    throw new UserError({ code: 'usage', message: `--every ${flags.every}: ${explainCatalogs[lang].tooManySteps(dates.length)}`, expected: explainCatalogs[lang].tooManyStepsExpected });
  }
  const h = history(client, rubric, dates, { targetRate: settings.target_rate });
  const out =
    format === 'json'
      ? safeJson(historyJson(h, { t })) + '\n'
      : format === 'csv'
        ? renderHistoryCsv(h)
        : format === 'md'
          ? renderHistoryMarkdown(h, { lang, t })
          : renderHistoryText(h, { lang, t, style: styleFor(process.stdout, !flags.color) });
  process.stdout.write(out);
  return ExitCode.Ok;
}

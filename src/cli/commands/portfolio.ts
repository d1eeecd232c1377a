import { statSync } from 'node:fs';
import { ExitCode, UserError, type Problem } from '../../core/errors.js';
import { catalogs } from '../../core/i18n/index.js';
import { buildPortfolio } from '../../core/portfolio/build.js';
import { portfolioCatalogs } from '../../core/portfolio/catalogs.js';
import { PORTFOLIO_FORMATS, portfolioFormatters } from '../../core/portfolio/format/index.js';
import type { ClientSummary } from '../../core/portfolio/types.js';
import { CACHE_FORMAT, defaultCacheDir, pruneCache } from '../../io/cache.js';
import { loadRubric } from '../../io/loadRubric.js';
import { findYamlFiles } from '../../io/portfolioFiles.js';
import type { PortfolioJob } from '../../io/portfolioJob.js';
import { scoreFiles } from '../../io/portfolioPool.js';
import { progressBar } from '../../io/progress.js';
import { loadSettings } from '../../io/settings.js';
import { checkChoice, earlyCatalog, resolveAsOf, resolveLang } from '../context.js';
import { printProblems } from '../output.js';
import { styleFor } from '../style.js';
import { VERSION } from '../version.js';
import { rubricRefFor } from '../context.js';

export interface PortfolioFlags {
  rubric?: string;
  asOf?: string;
  lang?: string;
  format: string;
  /** false with --no-cache */
  cache: boolean;
  color: boolean;
}

/** The folder must exist and be a folder; a single file gets pointed at `score`. */
function checkFolder(dir: string, lang: ReturnType<typeof resolveLang>): void {
  const t = catalogs[lang];
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError({ code: 'not-found', file: dir, message: t.err.notFound(dir), expected: t.err.notFoundExpected });
    throw new UserError({ code: 'unreadable', file: dir, message: t.err.unreadable(dir, code ?? String(e)) });
  }
  if (!isDir) {
    const pt = portfolioCatalogs[lang];
    throw new UserError({ code: 'usage', file: dir, message: pt.notAFolder(dir), expected: pt.notAFolderExpected });
  }
}

/**
 * `clientfit portfolio DIR`: read → score every client (worker threads, content cache) →
 * rank → format → exit code. One rubric, as-of and settings for the whole folder.
 */
export async function runPortfolio(dir: string, flags: PortfolioFlags): Promise<number> {
  const t0 = earlyCatalog(flags.lang);
  const format = checkChoice('--format', flags.format, PORTFOLIO_FORMATS, t0);
  const asOf = resolveAsOf(flags.asOf, t0);
  checkFolder(dir, t0.lang === 'es' ? 'es' : 'en');
  const { settings, file: settingsFile } = loadSettings(dir, t0);
  const lang = resolveLang(flags.lang, settings.lang);
  const t = catalogs[lang];
  const pt = portfolioCatalogs[lang];
  const rubric = loadRubric(rubricRefFor(flags.rubric, settings.rubric, settingsFile), t);
  let found;
  try {
    found = findYamlFiles(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError({ code: 'unreadable', file: dir, message: t.err.unreadable(dir, code ?? String(e)) });
  }
  const cacheDir = flags.cache ? defaultCacheDir() : null;
  const job: PortfolioJob = {
    lang,
    rubric,
    asOf,
    targetRate: settings.target_rate,
    cache: cacheDir ? { dir: cacheDir, salt: `clientfit-cache/${CACHE_FORMAT}/${VERSION}` } : null,
  };
  const progress = progressBar(found.files.length, pt.progress);
  let outcomes;
  try {
    outcomes = await scoreFiles(found.files, job, (n) => progress.update(n));
  } finally {
    progress.done();
  }

  const clients: ClientSummary[] = [];
  const failures: { file: string; problems: Problem[] }[] = found.unreadable.map((u) => ({
    file: u.path,
    problems: [{ code: 'unreadable', file: u.path, message: t.err.unreadable(u.path, u.code) }],
  }));
  const skipped = { logs: 0, rubrics: 0 };
  for (const o of outcomes) {
    if (o.kind === 'client') clients.push(o.summary);
    else if (o.kind === 'failed') failures.push(o);
    else if (o.kind === 'log') skipped.logs++;
    else skipped.rubrics++;
  }
  // Problems in folder order, whichever thread found them first.
  failures.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const f of failures) printProblems(f.problems, t, flags.color);

  const portfolio = buildPortfolio({ asOf, rubric, clients, skipped });
  const style = styleFor(process.stdout, !flags.color);
  if (!clients.length && format === 'text') {
    process.stdout.write(`${pt.noClients(dir)}\n${style.dim(pt.noClientsHint)}\n`);
  } else {
    process.stdout.write(portfolioFormatters[format](portfolio, { lang, t, pt, style }));
  }
  if (cacheDir) pruneCache(cacheDir);
  if (failures.length) {
    process.stderr.write(`${pt.failed(failures.length)}\n`);
    return ExitCode.Failure;
  }
  return ExitCode.Ok;
}

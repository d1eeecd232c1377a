import { statSync } from 'node:fs';
import { ExitCode, UserError, type Problem } from '../../core/errors.js';
import { M } from '../../core/i18n/msg.js';
import { buildPortfolio } from '../../core/portfolio/build.js';
import { PORTFOLIO_FORMATS, portfolioFormatters } from '../../core/portfolio/format/index.js';
import type { ClientSummary } from '../../core/portfolio/types.js';
import { CACHE_FORMAT, defaultCacheDir, pruneCache } from '../../io/cache.js';
import type { PortfolioJob } from '../../io/portfolioJob.js';
import { scoreFiles } from '../../io/portfolioPool.js';
import { progressBar } from '../../io/progress.js';
import { findYamlFiles, unreadableFolder, unreadableFolderProblem } from '../../io/walk.js';
import { createContext, printWarnings, type Session } from '../context.js';
import { VERSION } from '../version.js';

export interface PortfolioFlags {
  /** Any data-quality warning is exit 2 before anything is scored. */
  strict?: boolean;
  rubric?: string;
  asOf?: string;
  lang?: string;
  format: string;
  /** false with --no-cache */
  cache: boolean;
  color: boolean;
}

/** The folder must exist and be a folder; a single file gets pointed at `score`. */
export function checkFolder(dir: string): void {
  let isDir: boolean;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError({ code: 'not-found', file: dir, message: M.t.err.notFound(dir), expected: M.t.err.notFoundExpected });
    throw new UserError({ code: 'unreadable', file: dir, message: M.t.err.unreadable(dir, code ?? String(e)) });
  }
  if (!isDir) {
    throw new UserError({ code: 'usage', file: dir, message: M.portfolio.notAFolder(dir), expected: M.portfolio.notAFolderExpected });
  }
}

/**
 * `clientfit portfolio DIR`: read → score every client (worker threads, content cache) →
 * rank → format → exit code. One rubric, as-of and settings for the whole folder.
 */
export async function runPortfolio(session: Session, dir: string, flags: PortfolioFlags): Promise<number> {
  const early = await createContext(session, flags, { formats: PORTFOLIO_FORMATS });
  checkFolder(dir);
  const ctx = await early.forDir(dir);
  const { lang, t, portfolio: pt } = ctx.m;
  const { asOf, settings, format } = ctx;
  const rubric = ctx.rubric();
  let found;
  try {
    found = findYamlFiles(dir);
  } catch (e) {
    throw new UserError(unreadableFolderProblem(unreadableFolder(dir, e)));
  }
  const cacheDir = flags.cache ? defaultCacheDir() : null;
  const job: PortfolioJob = {
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
  const failures: { file: string; problems: Problem[] }[] = found.unreadable.map((u) => ({ file: u.path, problems: [unreadableFolderProblem(u)] }));
  const skipped = { logs: 0, rubrics: 0 };
  for (const o of outcomes) {
    if (o.kind === 'client') clients.push(o.summary);
    else if (o.kind === 'failed') failures.push(o);
    else if (o.kind === 'log') skipped.logs++;
    else skipped.rubrics++;
  }
  // Problems in folder order, whichever thread found them first.
  failures.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const f of failures) ctx.report(f.problems);
  // The data-quality gate, as `score` runs it: every warning on stderr, in folder order.
  clients.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const warnings = clients.flatMap((c) => c.warnings);
  printWarnings(warnings, session, ctx.m, ctx.color);
  if (flags.strict && warnings.length) throw new UserError({ code: 'usage', message: M.t.err.strictData(warnings.length), expected: M.t.err.strictDataExpected });

  const portfolio = buildPortfolio({ asOf, rubric, clients, skipped });
  const style = ctx.style(process.stdout);
  if (!clients.length && format === 'text') {
    process.stdout.write(`${pt.noClients(dir)}\n${style.dim(pt.noClientsHint)}\n`);
  } else {
    process.stdout.write(portfolioFormatters[format](portfolio, { lang, t, pt, style, version: VERSION }));
  }
  if (cacheDir) pruneCache(cacheDir);
  if (failures.length) {
    process.stderr.write(`${pt.failed(failures.length)}\n`);
    return ExitCode.Failure;
  }
  return ExitCode.Ok;
}

import { ExitCode, UserError } from '../../core/errors.js';
import { M } from '../../core/i18n/msg.js';
import { buildPortfolio } from '../../core/portfolio/build.js';
import { PORTFOLIO_FORMATS, portfolioFormatters } from '../../core/portfolio/format/index.js';
import type { ClientSummary } from '../../core/portfolio/types.js';
import { pruneCache } from '../../io/cache.js';
import { createContext, printWarnings, type Session } from '../context.js';
import { checkFolder, folderFiles, folderJob, runFolder } from '../folderRun.js';
import { VERSION } from '../version.js';
import { writeErr } from '../stdout.js';

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
  const found = folderFiles(dir);
  const { job, cacheDir } = folderJob(ctx, rubric, flags.cache);
  const { outcomes, failures } = await runFolder(found, job, ctx, pt.progress);

  const clients: ClientSummary[] = [];
  const skipped = { logs: 0, rubrics: 0 };
  for (const o of outcomes) {
    if (o.kind === 'client') clients.push(o.summary);
    else if (o.kind === 'log') skipped.logs++;
    else if (o.kind === 'rubric') skipped.rubrics++;
  }
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
    writeErr(`${pt.failed(failures.length)}\n`);
    return ExitCode.Failure;
  }
  return ExitCode.Ok;
}

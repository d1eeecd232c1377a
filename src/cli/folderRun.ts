import { statSync } from 'node:fs';
import { UserError, type Problem } from '../core/errors.js';
import { M } from '../core/i18n/msg.js';
import type { Rubric } from '../core/schema/rubric.js';
import { CACHE_FORMAT, defaultCacheDir } from '../io/cache.js';
import type { PortfolioJob } from '../io/portfolioJob.js';
import { scoreFiles } from '../io/portfolioPool.js';
import type { FileOutcome } from '../io/portfolioTask.js';
import { progressBar } from '../io/progress.js';
import { findYamlFiles, unreadableFolder, unreadableFolderProblem } from '../io/walk.js';
import type { Context } from './context.js';
import { VERSION } from './version.js';
import { errStream } from './stdout.js';

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

/** The YAML files under a folder `portfolio` or `calibrate` was given; a folder that cannot be read is exit 2. */
export function folderFiles(dir: string): ReturnType<typeof findYamlFiles> {
  try {
    return findYamlFiles(dir);
  } catch (e) {
    throw new UserError(unreadableFolderProblem(unreadableFolder(dir, e)));
  }
}

/** The job the worker threads share: rubric, as-of, target rate, the cache (unless --no-cache), and calibrate's lead. */
export function folderJob(ctx: Context, rubric: Rubric, cache: boolean, calibrate?: PortfolioJob['calibrate']): { job: PortfolioJob; cacheDir: string | null } {
  const cacheDir = cache ? defaultCacheDir() : null;
  return {
    cacheDir,
    job: {
      rubric,
      asOf: ctx.asOf,
      targetRate: ctx.settings.target_rate,
      cache: cacheDir ? { dir: cacheDir, salt: `clientfit-cache/${CACHE_FORMAT}/${VERSION}` } : null,
      ...(calibrate ? { calibrate } : {}),
    },
  };
}

/**
 * Every file of the folder through the pool, with a progress bar on a terminal. Files that
 * failed (and folders that could not be read) are reported in folder order, whichever thread
 * found them first, and returned so the command can end with exit 2.
 */
export async function runFolder(
  found: ReturnType<typeof findYamlFiles>,
  job: PortfolioJob,
  ctx: Context,
  label: string,
): Promise<{ outcomes: FileOutcome[]; failures: { file: string; problems: Problem[] }[] }> {
  const progress = progressBar(found.files.length, label, { stream: errStream() });
  let outcomes: FileOutcome[];
  try {
    outcomes = await scoreFiles(found.files, job, (n) => progress.update(n));
  } finally {
    progress.done();
  }
  const failures: { file: string; problems: Problem[] }[] = found.unreadable.map((u) => ({ file: u.path, problems: [unreadableFolderProblem(u)] }));
  for (const o of outcomes) if (o.kind === 'failed') failures.push(o);
  failures.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const f of failures) ctx.report(f.problems);
  return { outcomes, failures };
}

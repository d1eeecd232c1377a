import { createHash } from 'node:crypto';
import type { Window } from '../core/dates.js';
import type { Rubric } from '../core/schema/rubric.js';
import { ContentCache } from './cache.js';
import type { TaskContext } from './portfolioTask.js';

/**
 * Everything a thread needs to score portfolio files, as plain data: it crosses to the
 * worker threads by structured clone (workerData), and each side builds its own context.
 */
export interface PortfolioJob {
  rubric: Rubric;
  asOf: string;
  targetRate?: number;
  /** null with --no-cache or when there is no cache folder. */
  cache: { dir: string; salt: string } | null;
  /** `clientfit calibrate`: each labelled client is scored as of its outcome date minus `lead` (as-of stays today, for the data-quality checks). */
  calibrate?: { lead: Window };
}

export function contextFor(job: PortfolioJob): TaskContext {
  return {
    rubric: job.rubric,
    asOf: job.asOf,
    targetRate: job.targetRate,
    cache: job.cache ? new ContentCache(job.cache.dir, job.cache.salt) : null,
    calibrate: job.calibrate,
    // Everything besides the files and the as-of date that a client's summary depends on.
    scope: job.cache ? createHash('sha256').update(JSON.stringify({ rubric: job.rubric, targetRate: job.targetRate ?? null })).digest('hex') : undefined,
  };
}

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { contextFor, type PortfolioJob } from './portfolioJob.js';
import { scoreFile, type FileOutcome } from './portfolioTask.js';

export type WorkerRequest = { type: 'batch'; files: string[] } | { type: 'end' };
export type WorkerReply = { type: 'done'; outcomes: FileOutcome[] } | { type: 'crash'; message: string; stack?: string };

/**
 * Work done on the main thread before starting workers. A warm (cached) run of a thousand
 * clients finishes within it; a cold run has only lost this much before the workers start
 * (starting one costs ~100 ms of module loading, so small folders never pay for it).
 */
const INLINE_BUDGET_MS = 200;
/** Files per message: large enough that messaging is noise, small enough to balance the load. */
const BATCH = 24;
const MAX_WORKERS = 8;

/** The worker's built file, next to this chunk in dist/; absent when running from sources. */
function workerFile(): string | null {
  try {
    const path = fileURLToPath(new URL('./portfolioWorker.js', import.meta.url));
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * Scores every file and returns the outcomes (in no particular order). Small or cached
 * folders are scored on this thread; the rest is shared among worker threads, one per
 * core, each parsing and scoring its files and sending back only the summaries.
 */
export async function scoreFiles(files: readonly string[], job: PortfolioJob, onProgress: (done: number) => void = () => {}): Promise<FileOutcome[]> {
  const ctx = contextFor(job);
  const out: FileOutcome[] = [];
  const deadline = performance.now() + INLINE_BUDGET_MS;
  let i = 0;
  while (i < files.length && performance.now() < deadline) {
    out.push(scoreFile(files[i++]!, ctx));
    onProgress(out.length);
  }
  if (i === files.length) return out;
  const rest = files.slice(i);
  const file = workerFile();
  const threads = Math.min(availableParallelism(), MAX_WORKERS, Math.ceil(rest.length / BATCH));
  if (!file || threads < 2) {
    for (const f of rest) {
      out.push(scoreFile(f, ctx));
      onProgress(out.length);
    }
    return out;
  }
  await runWorkers(file, threads, rest, job, (outcomes) => {
    for (const o of outcomes) out.push(o);
    onProgress(out.length);
  });
  return out;
}

function runWorkers(file: string, threads: number, files: readonly string[], job: PortfolioJob, onDone: (o: FileOutcome[]) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let running = threads;
    let received = 0;
    let failed = false;
    const workers: Worker[] = [];
    const fail = (e: Error) => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(e);
    };
    const feed = (w: Worker) => {
      if (next < files.length) {
        w.postMessage({ type: 'batch', files: files.slice(next, (next += BATCH)) } satisfies WorkerRequest);
        return true;
      }
      return false;
    };
    for (let k = 0; k < threads; k++) {
      const w = new Worker(file, { workerData: job });
      workers.push(w);
      // Two batches in flight, so a worker never waits for the main thread to answer.
      let inFlight = Number(feed(w)) + Number(feed(w));
      if (!inFlight) w.postMessage({ type: 'end' } satisfies WorkerRequest);
      w.on('message', (msg: WorkerReply) => {
        if (msg.type === 'crash') {
          const e = new Error(msg.message);
          e.stack = msg.stack;
          fail(e);
          return;
        }
        received += msg.outcomes.length;
        onDone(msg.outcomes);
        inFlight += Number(feed(w)) - 1;
        if (!inFlight) w.postMessage({ type: 'end' } satisfies WorkerRequest);
      });
      w.on('error', fail);
      w.on('exit', (code) => {
        if (code !== 0) fail(new Error(`portfolio worker stopped with exit code ${code}`));
        else if (--running === 0) {
          // Every file must come back scored, failed or skipped: never a silent gap.
          if (received === files.length) resolve();
          else fail(new Error(`portfolio workers returned ${received} of ${files.length} files`));
        }
      });
    }
  });
}

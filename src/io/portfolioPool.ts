import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
/**
 * Descriptors a worker thread holds (its event loop's ~4, measured) plus the files its
 * module loader opens at once while it starts; and what the main thread keeps free for
 * itself (a file being read, a cache write, the standard streams' spares).
 */
const FDS_PER_WORKER = 8;
const FDS_RESERVED = 8;

/**
 * How many more files this process may open: the soft limit (`ulimit -n`) minus those
 * already open, read from /proc on Linux; null where that cannot be told (then a worker
 * that runs out anyway is caught by the fallback in scoreFiles).
 */
export function spareDescriptors(): number | null {
  try {
    const limits = readFileSync('/proc/self/limits', 'utf8');
    const soft = /^Max open files\s+(\d+|unlimited)/m.exec(limits)?.[1];
    if (!soft || soft === 'unlimited') return null;
    return Number(soft) - (readdirSync('/proc/self/fd').length - 1);
  } catch {
    return null;
  }
}

/** Worker threads the descriptor limit leaves room for (0: score on this thread). */
export function threadsForDescriptors(spare: number | null): number {
  return spare === null ? MAX_WORKERS : Math.max(0, Math.floor((spare - FDS_RESERVED) / FDS_PER_WORKER));
}

/** A failure that means "too many open files", in this process or the whole system. */
function outOfDescriptors(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown } | null;
  return err?.code === 'EMFILE' || err?.code === 'ENFILE' || /EMFILE|ENFILE|too many open files/i.test(String(err?.message ?? ''));
}

const fileOf = (o: FileOutcome) => (o.kind === 'client' ? o.summary.file : o.file);

/** A file a worker could not open because the process had no descriptor left: worth another try on this thread. */
const starved = (o: FileOutcome) => o.kind === 'failed' && o.problems.some((p) => p.code === 'unreadable' && p.message.args?.some((a) => a === 'EMFILE' || a === 'ENFILE'));

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
 * core (fewer when the open-file limit is low: `ulimit -n 30` leaves room for none), each
 * parsing and scoring its files and sending back only the summaries. Should the workers
 * run out of file descriptors all the same, the files they have not returned are scored
 * on this thread: a low limit makes the run slower, never fail.
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
  const threads = Math.min(availableParallelism(), MAX_WORKERS, Math.ceil(rest.length / BATCH), threadsForDescriptors(spareDescriptors()));
  const inline = (list: readonly string[]) => {
    for (const f of list) {
      out.push(scoreFile(f, ctx));
      onProgress(out.length);
    }
  };
  if (!file || threads < 2) {
    inline(rest);
    return out;
  }
  const returned = new Set<string>();
  const retry: string[] = [];
  try {
    await runWorkers(file, threads, rest, job, (outcomes) => {
      for (const o of outcomes) {
        returned.add(fileOf(o));
        if (starved(o)) retry.push(fileOf(o));
        else out.push(o);
      }
      onProgress(out.length);
    });
  } catch (e) {
    if (!outOfDescriptors(e)) throw e;
    inline(rest.filter((f) => !returned.has(f)));
  }
  inline(retry);
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
      let w: Worker;
      try {
        w = new Worker(file, { workerData: job });
      } catch (e) {
        fail(e as Error);
        return;
      }
      workers.push(w);
      // Two batches in flight, so a worker never waits for the main thread to answer.
      let inFlight = Number(feed(w)) + Number(feed(w));
      if (!inFlight) w.postMessage({ type: 'end' } satisfies WorkerRequest);
      w.on('message', (msg: WorkerReply) => {
        // After a failure nothing more is taken: the caller may be scoring the rest itself.
        if (failed) return;
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

/**
 * Runs in-process fuzz cases on worker threads, one case at a time per worker. A case that
 * does not answer within `hangMs` is reported as a hang and its worker replaced, so one
 * endless loop in src/ costs seconds, not the whole run.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildCase, describeCase, type CaseOptions } from './corpus.js';
import type { CaseReport } from './caseCheck.js';

/** What every worker is started with. */
export interface WorkerSetup {
  seed: number;
  caseOptions: CaseOptions;
  root: string;
  limitMs: number;
  keep: boolean;
  env: Record<string, string | undefined>;
}

export interface PoolOptions {
  workers: number;
  /** A case still running after this long is stopped and reported. */
  hangMs: number;
  /** Appends `case=N` before each case is sent (the last line names a hang). */
  trace?: string;
}

const ENTRY = join(import.meta.dirname, 'inProcessWorker.mjs');

/** Runs every case in `indices` and returns their reports in the same order. */
export function runInWorkers(indices: number[], setup: WorkerSetup, opts: PoolOptions): Promise<CaseReport[]> {
  const reports = new Map<number, CaseReport>();
  let next = 0;
  return new Promise((resolve) => {
    let live = 0;
    const finish = () => {
      if (live === 0) resolve(indices.map((i) => reports.get(i)!));
    };
    const start = () => {
      if (next >= indices.length) return finish();
      live++;
      // The CLI's main thread has a ~1 MB stack; a worker's default is 4 MB, which lets deep
      // nesting get further than it ever would for a user (and hides or invents findings).
      const worker = new Worker(ENTRY, { workerData: setup, resourceLimits: { stackSizeMb: 1 } });
      let current: number | undefined;
      let timer: NodeJS.Timeout | undefined;
      let done = false;
      const stop = (why: string) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        if (current !== undefined && !reports.has(current)) {
          const c = buildCase(setup.seed, current, setup.caseOptions);
          reports.set(current, { index: current, line: describeCase(c, setup.seed), command: c.command, code: null, ms: opts.hangMs, violations: [why], stderr: '' });
        }
        void worker.terminate();
        live--;
        // Carry on with a fresh worker from the next case.
        start();
        finish();
      };
      const send = () => {
        if (next >= indices.length) {
          done = true;
          void worker.terminate();
          live--;
          return finish();
        }
        current = indices[next++]!;
        if (opts.trace) appendFileSync(opts.trace, `case=${current}\n`);
        timer = setTimeout(() => stop(`did not finish within ${opts.hangMs} ms (worker stopped): a hang`), opts.hangMs);
      };
      worker.on('message', (m: CaseReport | 'ready') => {
        if (m !== 'ready') {
          clearTimeout(timer);
          reports.set(m.index, m);
          if (opts.trace && m.violations.length) appendFileSync(opts.trace, `FAIL ${m.line}: ${m.violations.join(' | ').slice(0, 600)}\n`);
        }
        send();
        if (!done) worker.postMessage(current);
      });
      worker.on('error', (e) => stop(`uncaught in the worker (an unhandled rejection or a throw outside run()): ${e?.stack ?? String(e)}`));
      worker.on('exit', (code) => {
        if (!done) stop(`worker exited with code ${code} during the case`);
      });
    };
    for (let k = 0; k < Math.max(1, opts.workers); k++) start();
    if (!indices.length) resolve([]);
  });
}

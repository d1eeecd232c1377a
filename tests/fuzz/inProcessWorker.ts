/**
 * Body of an in-process fuzz worker (started by workerPool.ts): takes case numbers one at a
 * time, runs each through run(argv) in this thread, and posts back its CaseReport. Running
 * in a worker lets the pool stop a case that never returns (a hang in synchronous code
 * cannot be interrupted any other way) and use both CPUs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkCaseInProcess } from './caseCheck.js';
import type { WorkerSetup } from './workerPool.js';

const setup = workerData as WorkerSetup;
// The worker has its own copy of the environment: colour off, neutral language, empty home.
for (const [k, v] of Object.entries(setup.env)) {
  if (v === undefined) delete process.env[k];
  else process.env[k] = v;
}

parentPort!.on('message', (index: number) => {
  checkCaseInProcess(setup.seed, index, setup.caseOptions, setup.root, setup.limitMs, setup.keep).then(
    (report) => parentPort!.postMessage(report),
    (e: unknown) => parentPort!.postMessage({ index, line: `case=${index}`, command: '?', code: null, ms: 0, violations: [`the fuzz harness failed: ${(e as Error)?.stack ?? String(e)}`], stderr: '' }),
  );
});
parentPort!.postMessage('ready');

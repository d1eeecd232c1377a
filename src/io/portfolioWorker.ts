/**
 * Worker thread of `clientfit portfolio`: scores the batches of files it is sent and posts
 * back only each file's small outcome, so the main thread never holds a client's events.
 * Built as its own entry point (scripts/build.mjs) next to the CLI bundle.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { contextFor, type PortfolioJob } from './portfolioJob.js';
import { scoreFile } from './portfolioTask.js';
import type { WorkerReply, WorkerRequest } from './portfolioPool.js';

const port = parentPort!;
const ctx = contextFor(workerData as PortfolioJob);

port.on('message', (msg: WorkerRequest) => {
  if (msg.type === 'end') {
    port.close();
    return;
  }
  let reply: WorkerReply;
  try {
    reply = { type: 'done', outcomes: msg.files.map((f) => scoreFile(f, ctx)) };
  } catch (e) {
    // A bug, not a user's mistake: the main thread reports it as an internal error.
    reply = { type: 'crash', message: String((e as Error)?.message ?? e), stack: (e as Error)?.stack };
  }
  port.postMessage(reply);
});

import { UserError, type Problem } from '../core/errors.js';
import { pushAll } from '../core/arrays.js';
import { buildClient, validateLog, type Client } from '../core/client.js';
import type { ClientEvent } from '../core/schema/event.js';
import type { YamlSource } from '../core/yamlSource.js';
import { duplicateLinks, refusedLogProblem, resolveLogs, type LogFile } from './clientLogs.js';
import { loadYaml } from './loadYaml.js';
import { checkLogList, checkSource, dataQuality } from '../core/lint/dataQuality.js';
import type { Finding } from '../core/lint/types.js';

/** Reads the validated events of one log file; throws UserError with its problems. */
export type LogReader = (log: LogFile) => ClientEvent[];

/** Straight from disk, as `score` reads a log: every event names the log as `shown`; `check` sees the valid source. */
function readLog(log: LogFile, check?: (src: YamlSource) => void): ClientEvent[] {
  const src = loadYaml(log.path, 'log');
  src.file = log.shown;
  const r = validateLog(src);
  if (!r.ok) throw new UserError(r.problems);
  check?.(src);
  return r.value;
}

/**
 * Adds the events of the profile's `logs:` files to `client`, after its own, stably
 * sorted by date: the one way a client gets its logs, shared by `score` and the portfolio
 * (which reads logs through its cache), so both build the same client. Every problem in
 * every log is collected. A file listed twice (resolveLogs' `sameAs`) is read and counted
 * once. `src` is the profile as parsed, to point at an entry that cannot be read; without
 * it (the portfolio, working from its cache) the problem names only the profile, and the
 * caller asks loadClient for the placed wording. `logs` is the profile's list as resolved,
 * when the caller already has it.
 */
export function addLogs(client: Client, src: YamlSource | null, read: LogReader, logs: LogFile[] = resolveLogs(client.file, client.profile.logs)): Client {
  const problems: Problem[] = [];
  for (const log of logs) {
    if (log.refused) {
      problems.push(refusedLogProblem(src ?? client.file, log));
      continue;
    }
    if (log.sameAs !== undefined) continue;
    try {
      for (const e of read(log)) {
        e.file = log.shown;
        client.events.push(e);
      }
    } catch (e) {
      if (e instanceof UserError) pushAll(problems, e.problems);
      else throw e;
    }
  }
  if (problems.length) throw new UserError(problems);
  client.events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return client;
}

/**
 * Loads a client profile and its `logs:` files (relative to the profile; to the current
 * folder for stdin). Every problem in every file is collected before failing. With `asOf`,
 * lint's checks run on every file read, and the client carries what they found
 * (`dataQuality`): the data-quality gate of every command that scores.
 */
export function loadClient(path: string, opts: { asOf?: string } = {}): Client {
  const src = loadYaml(path, 'client');
  const built = buildClient(src);
  if (!built.ok) throw new UserError(built.problems);
  const { asOf } = opts;
  const { client } = built.value;
  const logs = resolveLogs(client.file, client.profile.logs);
  if (asOf === undefined) return addLogs(client, src, (log) => readLog(log), logs);
  const findings: Finding[] = checkSource(src, 'client', asOf);
  pushAll(findings, checkLogList(src, duplicateLinks(logs)));
  addLogs(client, src, (log) => readLog(log, (s) => pushAll(findings, checkSource(s, 'log', asOf))), logs);
  client.dataQuality = dataQuality(findings);
  return client;
}

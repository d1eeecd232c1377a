import { existsSync } from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';
import type { Catalog } from '../core/i18n/index.js';
import { UserError, type Problem } from '../core/errors.js';
import { buildClient, validateLog, type Client } from '../core/client.js';
import { placeAt } from '../core/yamlSource.js';
import { loadYaml } from './loadYaml.js';
import { STDIN_NAME } from './readText.js';
import type { Node } from 'yaml';

/**
 * Loads a client profile and its `logs:` files (relative to the profile; to the current
 * folder for stdin). Every problem in every file is collected before failing.
 */
export function loadClient(path: string, t: Catalog): Client {
  const src = loadYaml(path, t, 'client');
  const built = buildClient(src, t);
  if (!built.ok) throw new UserError(built.problems);
  const { client, logs } = built.value;
  const base = src.file === STDIN_NAME ? '.' : dirname(src.file);
  const problems: Problem[] = [];
  logs.forEach((log, i) => {
    const logPath = isAbsolute(log) ? log : join(base, log);
    const shown = isAbsolute(log) ? log : relative('.', logPath) || logPath;
    if (!existsSync(logPath)) {
      const node = src.doc.getIn(['logs', i], true) as Node | undefined;
      problems.push({ code: 'missing-log', ...placeAt(src, node?.range?.[0] ?? 0), message: t.err.missingLog(shown), expected: t.err.missingLogExpected });
      return;
    }
    try {
      const logSrc = loadYaml(logPath, t, 'log');
      logSrc.file = shown;
      const r = validateLog(logSrc, t);
      if (r.ok) client.events.push(...r.value);
      else problems.push(...r.problems);
    } catch (e) {
      if (e instanceof UserError) problems.push(...e.problems);
      else throw e;
    }
  });
  if (problems.length) throw new UserError(problems);
  client.events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return client;
}

import { UserError, type Problem } from '../core/errors.js';
import { buildClient, type Client } from '../core/client.js';
import { fileKind } from '../core/fileKind.js';
import { loadYaml } from './loadYaml.js';
import { findYamlFiles, unreadableFolderProblem } from './walk.js';

/**
 * Every client profile under `dir` (the one folder walk; kinds told by core/fileKind.ts),
 * read as profiles without their logs: what `import` matches names against. Files that
 * cannot be read or are not valid profiles are returned as problems, for the command to
 * report; they take no part in matching.
 */
export function findClients(dir: string): { clients: Client[]; problems: Problem[] } {
  const found = findYamlFiles(dir);
  const problems: Problem[] = found.unreadable.map(unreadableFolderProblem);
  const clients: Client[] = [];
  for (const path of found.files) {
    try {
      // The fast event reader: a folder of big logs is classified without parsing their events in full.
      const src = loadYaml(path, 'client');
      if (fileKind(src.data, path) !== 'client') continue;
      const built = buildClient(src);
      if (built.ok) clients.push(built.value.client);
      else for (const item of built.problems) problems.push(item);
    } catch (e) {
      if (e instanceof UserError) for (const item of e.problems) problems.push(item);
      else throw e;
    }
  }
  return { clients, problems };
}

import { UserError } from '../core/errors.js';
import { parseYaml, type YamlSource } from '../core/yamlSource.js';
import { parseEventsFile } from '../core/fastSource.js';
import { readText } from './readText.js';

type Kind = Parameters<typeof parseYaml>[2];

/**
 * Reads and parses one YAML file; any problem becomes a UserError (exit 2). Client
 * profiles and logs take the fast reader for their events when it applies (fastSource.ts).
 */
export function loadYaml(path: string, kind: Kind): YamlSource {
  const { file, text } = readText(path);
  const r = kind === 'client' || kind === 'log' ? parseEventsFile(text, file, kind) : parseYaml(text, file, kind);
  if (!r.ok) throw new UserError(r.problems);
  return r.src;
}

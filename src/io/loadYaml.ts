import type { Catalog } from '../core/i18n/index.js';
import { UserError } from '../core/errors.js';
import { parseYaml, type YamlSource } from '../core/yamlSource.js';
import { parseEventsFile } from '../core/fastSource.js';
import { readText } from './readText.js';

type Kind = Parameters<typeof parseYaml>[3];

/**
 * Reads and parses one YAML file; any problem becomes a UserError (exit 2). Client
 * profiles and logs take the fast reader for their events when it applies (fastSource.ts).
 */
export function loadYaml(path: string, t: Catalog, kind: Kind): YamlSource {
  const { file, text } = readText(path, t);
  const r = kind === 'client' || kind === 'log' ? parseEventsFile(text, file, t, kind) : parseYaml(text, file, t, kind);
  if (!r.ok) throw new UserError(r.problems);
  return r.src;
}

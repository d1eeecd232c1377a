import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClient, type Client } from '../../../src/core/client.js';
import { buildRubric } from '../../../src/core/rubric.js';
import type { Rubric } from '../../../src/core/schema/rubric.js';
import { parseYaml } from '../../../src/core/yamlSource.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

export function client(yaml: string, file = 'c.yaml'): Client {
  const p = parseYaml(yaml, file, 'client');
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const b = buildClient(p.src);
  if (!b.ok) throw new Error(JSON.stringify(b.problems));
  return b.value.client;
}

export function rubric(yaml: string, parent: Rubric | null = null, file = 'r.yaml'): Rubric {
  const p = parseYaml(yaml, file, 'rubric');
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const r = buildRubric(p.src, parent);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

export const defaultRubric = () => rubric(readFileSync(join(ROOT, 'rubrics', 'default.yaml'), 'utf8'), null, 'builtin:default');
export const exampleClient = (name: string) => client(readFileSync(join(ROOT, 'examples', name), 'utf8'), `examples/${name}`);

/** Events as flow-map lines, for compact fixtures. */
export const events = (...lines: string[]) => `events:\n${lines.map((l) => `  - {${l}}`).join('\n')}\n`;

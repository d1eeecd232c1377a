import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Where the profile's `$schema=` line points when no schema file is found. */
export const DEFAULT_SCHEMA_REF = '../schemas/client.schema.json';

const CANDIDATES = [
  ['schemas', 'client.schema.json'],
  ['node_modules', 'clientfit', 'schemas', 'client.schema.json'],
];

/**
 * The `$schema=` reference for a profile written into `dir`, relative to it so the project
 * can move: the nearest `schemas/client.schema.json` in `dir` or above (a project that keeps
 * its own copy, as this repository's examples do), else the nearest locally installed
 * clientfit's. Without either, the `clients/` + `schemas/` convention, and `found: false`
 * so the command can say how to create it.
 */
export function schemaRefFor(dir: string): { ref: string; found: boolean } {
  const start = resolve(dir);
  for (let d = start; ; d = dirname(d)) {
    for (const parts of CANDIDATES) {
      const p = join(d, ...parts);
      if (existsSync(p)) {
        const rel = relative(start, p).split(sep).join('/');
        return { ref: rel.startsWith('.') ? rel : `./${rel}`, found: true };
      }
    }
    if (dirname(d) === d) return { ref: DEFAULT_SCHEMA_REF, found: false };
  }
}

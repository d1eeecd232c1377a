import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isInside, workspaceOf } from './settings.js';

const CANDIDATES = [
  ['schemas', 'client.schema.json'],
  ['node_modules', 'clientfit', 'schemas', 'client.schema.json'],
];

/** `to` as a `$schema=` reference from `fromDir`: relative, so the project can move. */
function refFrom(fromDir: string, to: string): string {
  const rel = relative(fromDir, to).split(sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** Where a profile's `$schema=` line points: a schema that exists, or the file to write so it does. */
export type SchemaRef = { ref: string; found: true } | { ref: string; found: false; file: string };

/**
 * The `$schema=` reference for the profile `file` (which may not exist yet): the nearest
 * `schemas/client.schema.json` in its folder or above (a project that keeps its own copy,
 * as this repository's examples do), else the nearest locally installed clientfit's.
 * Without either, `schemas/client.schema.json` where the user keeps their files, with
 * `found: false` (the command writes it there, so the line never points at nothing and later
 * profiles find it): the workspace (the folder of the nearest trusted `.clientfit.yaml`),
 * else the current folder when the profile is inside it (`init clients/acme.yaml` from the
 * project: `../schemas/`), else the profile's own folder.
 */
export function schemaRefFor(file: string): SchemaRef {
  const start = dirname(resolve(file));
  for (let d = start; ; d = dirname(d)) {
    for (const parts of CANDIDATES) {
      const p = join(d, ...parts);
      if (existsSync(p)) return { ref: refFrom(start, p), found: true };
    }
    if (dirname(d) === d) break;
  }
  const ws = workspaceOf(file);
  const cwd = resolve('.');
  const root = ws.settings ? ws.dir : isInside(start, cwd) ? cwd : start;
  const target = join(root, ...CANDIDATES[0]!);
  return { ref: refFrom(start, target), found: false, file: target };
}

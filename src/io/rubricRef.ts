import { readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { packageRoot } from './packageRoot.js';
import { STDIN_NAME } from './readText.js';

/**
 * What a rubric reference (`--rubric`, settings' `rubric:`, a rubric's `extends:`) names,
 * and where it points: the one place that knows the `builtin:` prefix, the shipped
 * rubrics, and how a ref is read relative to the file that names it. A rule about which
 * rubrics may be read is added here, once.
 */

/** `builtin:NAME` names the shipped rubric rubrics/NAME.yaml. */
export const BUILTIN_PREFIX = 'builtin:';
/** The rubric used when none is named. */
export const BUILTIN_DEFAULT = `${BUILTIN_PREFIX}default`;

export function isBuiltinRef(ref: string): boolean {
  return ref.startsWith(BUILTIN_PREFIX);
}

/** NAME, for `builtin:NAME`. */
export function builtinName(ref: string): string {
  return ref.slice(BUILTIN_PREFIX.length);
}

/** The names of the shipped rubrics, sorted (`default` for rubrics/default.yaml). */
export function shippedRubrics(): string[] {
  return readdirSync(join(packageRoot(), 'rubrics'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/** The file a ref reads: the shipped file for `builtin:NAME`, else the path itself. */
export function rubricFile(ref: string): string {
  return isBuiltinRef(ref) ? join(packageRoot(), 'rubrics', `${builtinName(ref)}.yaml`) : ref;
}

/** The same rubric, however it was named: the absolute path of the file it reads (for loops). */
export function rubricKey(ref: string): string {
  return resolve(rubricFile(ref));
}

/**
 * Where `ref`, named by the rubric `from` (a path, `-`, `<stdin>` or `builtin:NAME`),
 * points: `builtin:` refs and absolute paths as they are, others relative to the folder of
 * the file `from` reads (the current folder for standard input). A file named `-` stays a
 * file: `extends: "-"` must never read standard input.
 */
export function resolveRubricRef(ref: string, from: string): string {
  if (isBuiltinRef(ref) || isAbsolute(ref)) return ref;
  const path = join(from === '-' || from === STDIN_NAME ? '.' : dirname(rubricFile(from)), ref);
  return path === '-' ? './-' : path;
}

/** The `extends:` of parsed rubric data, or null when it names none. */
export function extendsOf(data: unknown): string | null {
  const v = data && typeof data === 'object' ? (data as { extends?: unknown }).extends : undefined;
  return typeof v === 'string' && v ? v : null;
}

import { readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { UserError } from '../core/errors.js';
import { M } from '../core/i18n/msg.js';
import { packageRoot } from './packageRoot.js';
import { loadYaml } from './loadYaml.js';
import { STDIN_NAME } from './readText.js';
import { insideWorkspace, shownPath, workspaceOf } from './settingsFile.js';

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

/**
 * The file a ref reads: the shipped file for `builtin:NAME`, else the path itself. NAME must
 * be one of the shipped rubrics: `builtin:../../etc/passwd` names none, and is refused
 * (not-found, naming the shipped ones) rather than turned into a path.
 */
export function rubricFile(ref: string): string {
  if (!isBuiltinRef(ref)) return ref;
  const name = builtinName(ref);
  const shipped = shippedRubrics();
  if (!shipped.includes(name)) {
    throw new UserError({ code: 'not-found', file: ref, message: M.t.err.badBuiltin(ref), expected: M.t.err.badBuiltinExpected(shipped.map((n) => BUILTIN_PREFIX + n).join(', ')) });
  }
  return join(packageRoot(), 'rubrics', `${name}.yaml`);
}

/** The same rubric, however it was named: the absolute path of the file it reads (for loops); an unknown `builtin:` name is its own key. */
export function rubricKey(ref: string): string {
  try {
    return resolve(rubricFile(ref));
  } catch {
    return ref;
  }
}

/**
 * Where `ref`, named by the rubric `from` (a path, `-`, `<stdin>` or `builtin:NAME`) in its
 * `extends:`, points: `builtin:` refs as they are, absolute paths as they are, others
 * relative to the folder of the file `from` reads (the current folder for standard input).
 * A file named `-` stays a file: `extends: "-"` must never read standard input. A path must
 * resolve, symbolic links followed, inside the workspace of `from` (workspaceOf: the folder
 * of the nearest trusted `.clientfit.yaml` above it, else its own folder), or it is refused
 * (code `outside`) before anything is read. A rule about which rubrics may be extended is
 * added here, once.
 */
export function resolveRubricRef(ref: string, from: string): string {
  if (isBuiltinRef(ref)) return ref;
  const stdin = from === '-' || from === STDIN_NAME;
  const fromFile = stdin ? from : rubricFile(from);
  const joined = isAbsolute(ref) ? ref : join(stdin ? '.' : dirname(fromFile), ref);
  const path = joined === '-' ? './-' : joined;
  const ws = workspaceOf(fromFile);
  if (!insideWorkspace(path, ws.roots)) {
    const dir = shownPath(ws.dir);
    throw new UserError({ code: 'outside', file: from, message: M.t.err.extendsOutside(ref, dir), expected: M.t.err.outsideExpected(dir) });
  }
  return path;
}

/** The `extends:` of parsed rubric data, or null when it names none. */
export function extendsOf(data: unknown): string | null {
  const v = data && typeof data === 'object' ? (data as { extends?: unknown }).extends : undefined;
  return typeof v === 'string' && v ? v : null;
}

/** The files of a rubric and of the chain it `extends` (the rubric has loaded, so each reads; at most 64 deep). */
export function rubricChainFiles(ref: string | null): string[] {
  const files: string[] = [];
  for (let shown: string | null = ref || BUILTIN_DEFAULT; shown && files.length < 64; ) {
    if (shown === '-' || shown === STDIN_NAME) break;
    files.push(rubricFile(shown));
    try {
      const parent = extendsOf(loadYaml(rubricFile(shown), 'rubric').data);
      shown = parent ? resolveRubricRef(parent, shown) : null;
    } catch {
      break;
    }
  }
  return files;
}

import { realpathSync, statSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { SETTINGS_FILE } from '../core/fileKind.js';
import { distrustOf } from './ownership.js';
import { STDIN_NAME } from './readText.js';

// Finding `.clientfit.yaml` and the workspace it marks: file names and stat() only, so that
// what needs no more than that (the language of --help, the cache folder) loads neither
// yaml nor zod. Reading and validating the file is settings.ts.

/** The home folder, or null when there is none to find (HOME unset and no passwd entry). */
export function homeDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.HOME) return env.HOME;
  try {
    return homedir() || null;
  } catch {
    return null;
  }
}

/** Why a settings file found on the way is not believed (see untrusted). */
export type Distrust = { file: string; owner: number } | { file: string; mode: number };

const stat = (p: string): Stats | null => {
  try {
    return statSync(p);
  } catch {
    return null;
  }
};

/**
 * Why a file (its link followed) must not be trusted to hold the user's settings, or null:
 * it belongs to another user, or others may write to it (ownership.ts). As git ignores a
 * repository another user owns (safe.directory): a `.clientfit.yaml` planted in a shared
 * folder (the temp folder, a mounted drive) would otherwise pick the name that signs the
 * exit letter.
 */
function untrusted(file: string, st: Stats): Distrust | null {
  const why = distrustOf(st);
  return why && { file, ...why };
}

export interface FoundSettings {
  /** The settings file that applies, or null when none does. */
  file: string | null;
  /** Settings files passed over because they are not trusted, nearest first. */
  ignored: Distrust[];
}

/**
 * `.clientfit.yaml` from `startDir` upward, then in the home folder; files that are not
 * trusted (another user's, or writable by others) are passed over and listed in `ignored`.
 * The first trusted one is returned whatever it is: the reader refuses one that is not a
 * regular file (a FIFO, a folder) at once, so nothing here can block.
 */
export function discoverSettings(startDir: string, env: NodeJS.ProcessEnv = process.env): FoundSettings {
  const ignored: Distrust[] = [];
  const look = (dir: string): string | null => {
    const f = join(dir, SETTINGS_FILE);
    const st = stat(f);
    if (!st) return null;
    const why = untrusted(f, st);
    if (why) {
      if (!ignored.some((i) => i.file === f)) ignored.push(why);
      return null;
    }
    return f;
  };
  let dir = resolve(startDir);
  for (;;) {
    const f = look(dir);
    if (f) return { file: f, ignored };
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  const home = homeDir(env);
  return { file: home ? look(resolve(home)) : null, ignored };
}

/** `.clientfit.yaml` that applies from `startDir` (see discoverSettings); null when none does. */
export function findSettingsFile(startDir: string, env: NodeJS.ProcessEnv = process.env): string | null {
  return discoverSettings(startDir, env).file;
}

/** How a path is shown: relative to the current folder when it is inside it, like client paths. */
export function shownPath(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : p;
}

/** The real path of `p`, or of its nearest existing ancestor with the rest appended (for a path that does not exist yet). */
export function realPathOf(p: string): string {
  const abs = resolve(p);
  try {
    return realpathSync.native(abs);
  } catch {
    const up = dirname(abs);
    return up === abs ? abs : join(realPathOf(up), abs.slice(up.length + (up.endsWith(sep) ? 0 : 1)));
  }
}

/** True when `p` is `root` or inside it (both real, absolute paths). */
export function isInside(p: string, root: string): boolean {
  const rel = relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Where the files a file names (a profile's `logs:`, a rubric's `extends:`) may live: the
 * folder of the nearest trusted `.clientfit.yaml` above `file` (the user's workspace), else
 * the file's own folder. `file` is a path, `-` or `<stdin>` (the current folder). `roots` are
 * the real paths a named file must resolve inside (symbolic links followed): the workspace,
 * and the file's own folder, which always holds files the user keeps together. `settings`
 * is the `.clientfit.yaml` that made the workspace, or null when there is none.
 */
export function workspaceOf(file: string): { dir: string; roots: string[]; settings: string | null } {
  const own = file === '-' || file === STDIN_NAME ? resolve('.') : dirname(resolve(file));
  let dir = own;
  let settings: string | null = null;
  for (;;) {
    const f = join(dir, SETTINGS_FILE);
    const st = stat(f);
    if (st?.isFile() && !untrusted(f, st)) {
      settings = f;
      break;
    }
    const up = dirname(dir);
    if (up === dir) {
      dir = own;
      break;
    }
    dir = up;
  }
  const roots = [...new Set([realPathOf(dir), realPathOf(own)])];
  return { dir, roots, settings };
}

/** Whether `path` (symbolic links followed) lies inside one of `roots` (see workspaceOf). */
export function insideWorkspace(path: string, roots: readonly string[]): boolean {
  const real = realPathOf(path);
  return roots.some((r) => isInside(real, r));
}

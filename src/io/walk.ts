import { pushAll } from '../core/arrays.js';
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Problem } from '../core/errors.js';
import { M } from '../core/i18n/msg.js';

const YAML = /\.ya?ml$/i;
/** Bind mounts can make a real folder its own ancestor; no clientfit tree is this deep. */
const MAX_DEPTH = 32;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A folder that could not be listed, with the system's error code. */
export interface UnreadableFolder {
  path: string;
  code: string;
}

/** The folder at `path` as reported when listing it threw `e`. */
export function unreadableFolder(path: string, e: unknown): UnreadableFolder {
  return { path, code: (e as NodeJS.ErrnoException).code ?? String(e) };
}

export interface FoundFiles {
  files: string[];
  /** Folders below the top one that could not be listed. */
  unreadable: UnreadableFolder[];
}

/** What a path (a link followed) is, or undefined when it cannot be told. */
function statOf(p: string) {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

/** Which entries a walk takes: files by name (and the name of their folder), folders to enter. */
export interface WalkRules {
  file(name: string, folder: string): boolean;
  folder(name: string): boolean;
}

/**
 * Every file under `dir` that `rules` accept, recursively, in a stable order: the one
 * folder walk. Symbolic links to regular files are followed; links to folders are not
 * (they can loop), and nor are links to anything else (only regular files are read). The
 * top folder must be readable (its error is thrown); a subfolder that is not is reported
 * and the walk goes on.
 */
export function findFiles(dir: string, rules: WalkRules): FoundFiles {
  const found: FoundFiles = { files: [], unreadable: [] };
  const walk = (d: string, depth: number) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch (e) {
      if (depth === 0) throw e;
      found.unreadable.push(unreadableFolder(d, e));
      return;
    }
    entries.sort((a, b) => cmp(a.name, b.name));
    const folder = basename(d);
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (rules.folder(e.name) && depth < MAX_DEPTH) walk(p, depth + 1);
      } else if (rules.file(e.name, folder) && (e.isFile() || (e.isSymbolicLink() && statOf(p)?.isFile()))) {
        found.files.push(p);
      }
    }
  };
  walk(dir, 0);
  return found;
}

/**
 * Every `.yaml`/`.yml` file under `dir` (findFiles), for `portfolio` and `lint`.
 * Dot-folders (`.git`, editor folders) and `node_modules` are never entered; hidden files
 * (`.clientfit.yaml`) only with `hidden`.
 */
export function findYamlFiles(dir: string, opts: { hidden?: boolean } = {}): FoundFiles {
  return findFiles(dir, {
    folder: (name) => !name.startsWith('.') && name !== 'node_modules',
    file: (name) => (opts.hidden || !name.startsWith('.')) && YAML.test(name),
  });
}

/** How an unreadable folder is reported, by every command that walks one. */
export function unreadableFolderProblem(u: UnreadableFolder): Problem {
  return { code: 'unreadable', file: u.path, message: M.t.err.unreadable(u.path, u.code) };
}

export interface ExpandedPaths {
  files: string[];
  /** Folders that held no YAML file. */
  empty: string[];
  /** Folders that could not be listed; present only when there are some. */
  unreadable?: UnreadableFolder[];
}

/**
 * Expands `lint`'s arguments: folders into the YAML files under them (findYamlFiles,
 * hidden files such as .clientfit.yaml included). Other arguments, `-` and paths that do
 * not exist included, pass through for the reader to judge. Repeats are dropped.
 */
export function expandPaths(paths: readonly string[]): ExpandedPaths {
  const files: string[] = [];
  const empty: string[] = [];
  const unreadable: UnreadableFolder[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    const key = p === '-' ? p : resolve(p);
    if (!seen.has(key)) seen.add(key), files.push(p);
  };
  for (const p of paths) {
    if (p === '-' || !statOf(p)?.isDirectory()) {
      add(p);
      continue;
    }
    let found: FoundFiles;
    try {
      found = findYamlFiles(p, { hidden: true });
    } catch (e) {
      unreadable.push(unreadableFolder(p, e));
      continue;
    }
    pushAll(unreadable, found.unreadable);
    if (!found.files.length) empty.push(p);
    found.files.forEach(add);
  }
  return { files, empty, ...(unreadable.length ? { unreadable } : {}) };
}

import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const YAML = /\.ya?ml$/i;
/** Folders never worth searching: dependencies and dot-folders (.git, .github, caches). */
const SKIP_DIR = (name: string) => name === 'node_modules' || name.startsWith('.');
const MAX_DEPTH = 32;

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function walkDir(dir: string, depth: number, out: string[]): void {
  if (depth > MAX_DEPTH) return;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    // Symlinked folders are not followed (a link to a parent would never end); linked files are.
    if (e.isDirectory()) {
      if (!SKIP_DIR(e.name)) walkDir(path, depth + 1, out);
    } else if (YAML.test(e.name) && (e.isFile() || (e.isSymbolicLink() && !isDir(path)))) out.push(path);
  }
}

/**
 * Expands folders into the *.yaml / *.yml files under them (sorted, so output is stable;
 * hidden files such as .clientfit.yaml included, dot-folders skipped). Other arguments,
 * `-` and paths that do not exist included, pass through for the reader to judge.
 * `empty` lists folders that held no YAML file. Repeats are dropped.
 */
export function expandPaths(paths: readonly string[]): { files: string[]; empty: string[] } {
  const files: string[] = [];
  const empty: string[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    const key = p === '-' ? p : resolve(p);
    if (!seen.has(key)) seen.add(key), files.push(p);
  };
  for (const p of paths) {
    if (p !== '-' && isDir(p)) {
      const found: string[] = [];
      walkDir(p, 0, found);
      if (!found.length) empty.push(p);
      found.forEach(add);
    } else add(p);
  }
  return { files, empty };
}

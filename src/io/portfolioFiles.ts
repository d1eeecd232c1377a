import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

const YAML = /\.ya?ml$/i;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface FoundFiles {
  files: string[];
  /** Folders below the top one that could not be listed, with the system's error code. */
  unreadable: { path: string; code: string }[];
}

/**
 * Every `.yaml`/`.yml` file under `dir`, recursively, in a stable order. Hidden entries
 * (`.clientfit.yaml` settings, `.git`, editor folders) and `node_modules` are skipped;
 * symbolic links to files are followed, links to folders are not (they can loop).
 * The top folder must be readable (its error is thrown); a subfolder that is not is
 * reported and the walk goes on.
 */
export function findYamlFiles(dir: string): FoundFiles {
  const found: FoundFiles = { files: [], unreadable: [] };
  const walk = (d: string, top: boolean) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch (e) {
      if (top) throw e;
      found.unreadable.push({ path: d, code: (e as NodeJS.ErrnoException).code ?? String(e) });
      return;
    }
    entries.sort((a, b) => cmp(a.name, b.name));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p, false);
      else if (YAML.test(e.name) && (e.isFile() || (e.isSymbolicLink() && isFile(p)))) found.files.push(p);
    }
  };
  walk(dir, true);
  return found;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

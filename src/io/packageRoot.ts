import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The installed package's folder (holds rubrics/ and schemas/), from dist/ or src/io/. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'rubrics', 'default.yaml'))) return (root = dir);
    dir = dirname(dir);
  }
  throw new Error('clientfit: cannot find its rubrics/ folder; is the package complete?');
}

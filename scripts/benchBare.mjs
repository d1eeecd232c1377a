// The bench's baseline: what any tool must at least do — read every YAML file under a
// folder and yaml.parse() it, on one thread, keeping nothing. `node scripts/benchBare.mjs DIR`
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

let files = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.ya?ml$/i.test(e.name)) {
      parse(readFileSync(p, 'utf8'));
      files++;
    }
  }
};
walk(process.argv[2] ?? '.');
process.stdout.write(`${files}\n`);

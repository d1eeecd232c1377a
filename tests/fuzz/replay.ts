/**
 * Writes one fuzz case to a folder and prints its command, for minimising by hand:
 *   FUZZ_SEED=20261124 npx tsx tests/fuzz/replay.ts 123 [/tmp/case123]
 * Then run the printed command with the built CLI from that folder (HOME=<dir> keeps your
 * own ~/.clientfit.yaml out of it), or `npx tsx src/cli/main.ts … --verbose` for a stack
 * with source lines. FUZZ_OPS, FUZZ_CMD and FUZZ_BASE steer the case as in the test.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCase, caseOptionsFromEnv, describeCase, materialize } from './corpus.js';

const seed = Number(process.env.FUZZ_SEED ?? 20261124);
const index = Number(process.argv[2]);
if (!Number.isInteger(index)) {
  process.stderr.write('usage: FUZZ_SEED=<seed> npx tsx tests/fuzz/replay.ts <case> [dir]\n');
  process.exit(2);
}
const dir = process.argv[3] ?? mkdtempSync(join(tmpdir(), `clientfit-case${index}-`));
const c = buildCase(seed, index, caseOptionsFromEnv());
const argv = materialize(c, dir);
const q = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);
const input = c.stdin ? ` < ${q(join(dir, c.stdin))}` : '';
process.stdout.write(`${describeCase(c, seed)}\ndir=${dir}\nnode bin/clientfit.js ${argv.map(q).join(' ')}${input}\n`);

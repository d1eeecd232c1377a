import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCase, materialize } from './corpus.js';
import { runInProcess } from './runners.js';
process.env.NO_COLOR='1'; process.env.HOME=mkdtempSync(join(tmpdir(),'h-'));
const root = mkdtempSync(join(tmpdir(), 'prof-'));
const N = Number(process.env.N ?? 300);
const by = new Map<string, number[]>();
const t0 = performance.now();
let build = 0;
for (let i = 0; i < N; i++) {
  const b0 = performance.now();
  const c = buildCase(20261124, i);
  const argv = materialize(c, join(root, 'c' + i));
  build += performance.now() - b0;
  const o = await runInProcess(argv);
  const k = `${c.command}:${o.code}`;
  (by.get(k) ?? by.set(k, []).get(k)!).push(o.ms);
  if (o.ms > 200) console.log(o.ms, c.ops.join(','), c.set, c.target, c.command);
}
console.log('total', Math.round(performance.now() - t0), 'build', Math.round(build));
for (const [k, v] of [...by].sort()) console.log(k, v.length, 'avg', Math.round(v.reduce((a, b) => a + b, 0) / v.length), 'max', Math.max(...v));
rmSync(root, { recursive: true });

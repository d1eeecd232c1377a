import { runInProcess } from './runners.js';
process.env.NO_COLOR='1';
const argvs: Record<string,string[]> = {
  score: ['score','examples/acme.yaml','--as-of','2026-11-24'],
  scoreN: ['score','examples/nordlicht.yaml','--as-of','2026-11-24'],
  lint: ['lint','examples/acme.log.yaml','--as-of','2026-11-24'],
  lintR: ['lint','rubrics/default.yaml','--as-of','2026-11-24'],
  exit: ['exit','examples/acme.yaml','--as-of','2026-11-24'],
};
for (const [k, a] of Object.entries(argvs)) {
  for (let i = 0; i < 5; i++) await runInProcess(a);
  const t = performance.now();
  for (let i = 0; i < 50; i++) await runInProcess(a);
  console.log(k, ((performance.now() - t) / 50).toFixed(1), 'ms');
}

import { runInProcess } from './runners.js';
process.env.NO_COLOR='1';
const a = ['score','examples/acme.yaml','--as-of','2026-11-24'];
for (let i = 0; i < 300; i++) await runInProcess(a);

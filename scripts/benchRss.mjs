// Loaded with `node --import` by scripts/bench.mjs: writes the process's peak resident
// memory (kilobytes, worker threads included) to $CLIENTFIT_BENCH_RSS when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.CLIENTFIT_BENCH_RSS;
if (file) {
  process.on('exit', () => {
    try {
      writeFileSync(file, String(process.resourceUsage().maxRSS));
    } catch {
      /* the benchmark reports "?" */
    }
  });
}

/**
 * Entry point. Kept tiny: `--version` answers before anything is imported, and each
 * command's module is loaded only when that command runs (start-up budget in DESIGN.md).
 */
import { VERSION } from './version.js';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  const { run } = await import('./program.js');
  process.exitCode = await run(argv);
}

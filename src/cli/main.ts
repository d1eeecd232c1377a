/**
 * Entry point. Kept tiny: `--version` answers before anything is imported, and each
 * command's module is loaded only when that command runs (start-up budget in DESIGN.md).
 */
import { VERSION } from './version.js';
import { describeFailure, stderrFlushed, stdoutFailure, watchOutput, writeErr, writeOut } from './stdout.js';
import { tuneV8 } from './v8flags.js';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // Through the one writer, so `clientfit --version > /dev/full` is exit 2 with a message too.
  watchOutput();
  await writeOut(`${VERSION}\n`);
  const failed = await stdoutFailure();
  if (failed && failed.code !== 'EPIPE') {
    writeErr(await (await import('./program.js')).versionFailed(describeFailure(failed)));
    process.exitCode = 2;
  }
} else {
  tuneV8();
  const { run } = await import('./program.js');
  process.exitCode = await run(argv);
  // The run is over: its output flushed (run() waits for stdout, this for stderr), its
  // workers, locks and files closed. Ending here skips Node's teardown of a heap it no longer
  // needs (~5 ms, often one more garbage collection: docs/PITFALLS.md, start-up).
  await stderrFlushed();
  process.exit();
}

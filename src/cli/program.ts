import { Command, CommanderError } from 'commander';
import { ExitCode, UserError } from '../core/errors.js';
import { earlyCatalog } from './context.js';
import { printProblems } from './output.js';
import { loadColor } from './style.js';
import { safe } from '../core/render/safeText.js';
import { localizeCommander } from './commanderText.js';
import { VERSION } from './version.js';
import { registerScore } from './register/score.js';
import { registerExit } from './register/exit.js';
import { registerLint } from './register/lint.js';
import { registerSchema } from './register/schema.js';
import { registerRubric } from './register/rubric.js';
import { registerInit } from './register/init.js';
import { registerLog } from './register/log.js';
import { registerPortfolio } from './register/portfolio.js';
import { registerHistory } from './register/history.js';

/** `clientfit score … | head`: a closed pipe ends the run quietly, with the code so far. */
function onStdoutError(e: NodeJS.ErrnoException): void {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
}

/** Builds the command line and runs it; returns the exit code. Never lets a stack trace reach the user. */
export async function run(argv: string[]): Promise<number> {
  const langFlag = argv.find((a, i) => argv[i - 1] === '--lang') ?? argv.find((a) => a.startsWith('--lang='))?.slice(7);
  const t = earlyCatalog(langFlag);
  const verbose = argv.includes('--verbose');
  const color = !argv.includes('--no-color');
  await loadColor(!color);
  // Once per process: run() may be called many times in one (tests, the fuzz corpus).
  if (!process.stdout.listeners('error').includes(onStdoutError)) process.stdout.on('error', onStdoutError);
  let code: number = ExitCode.Ok;
  const program = new Command('clientfit')
    .description(t.cli.description)
    .version(VERSION, '-V, --version', t.cli.version)
    .helpOption('-h, --help', t.cli.help)
    .helpCommand('help [command]', t.cli.help)
    .option('--verbose', t.cli.verbose)
    .showHelpAfterError()
    .exitOverride();
  // Before the commands are added: they inherit these settings.
  localizeCommander(program, t);
  const setCode = (c: number) => {
    code = c;
  };
  registerScore(program, t, setCode);
  registerExit(program, t, setCode);
  registerLint(program, t, setCode);
  registerSchema(program, t, setCode);
  registerRubric(program, t, setCode);
  registerInit(program, t, setCode);
  registerLog(program, t, setCode);
  registerPortfolio(program, t, setCode);
  registerHistory(program, t, setCode);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return ExitCode.Ok;
      return ExitCode.Failure;
    }
    if (e instanceof UserError) {
      printProblems(e.problems, t, color);
      return e.exitCode;
    }
    if ((e as Error)?.name === 'ExitPromptError') return ExitCode.Interrupted;
    // The command line may hold anything (a file name with ESC in it): never echo it raw.
    process.stderr.write(`clientfit: ${t.err.internal}\n  clientfit ${safe(argv.join(' '))}\n`);
    if (verbose) process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
    else process.stderr.write(`${t.err.internalHint}\n`);
    return ExitCode.Failure;
  }
}

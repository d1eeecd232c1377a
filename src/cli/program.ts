import { Command, CommanderError } from 'commander';
import { ExitCode, UserError } from '../core/errors.js';
import { langFromEnv, loadMessages, messages, type Lang } from '../core/i18n/index.js';
import { safe } from '../core/render/safeText.js';
import { newSession, type Session } from './session.js';
import { describeFailure, printProblems, stdoutFailure, watchOutput } from './output.js';
import { loadColor } from './style.js';
import { commanderError, localizeCommander } from './commanderText.js';
import { hoistGlobals, langFlag } from './argv.js';
import { closest } from '../core/similar.js';
import { discoverSettings } from '../io/settingsFile.js';
import { VERSION } from './version.js';
import { writeErr } from './stdout.js';

/** Collects repeated --rubric flags (score --compare takes an old and a new rubric). */
const repeatable = (v: string, prev: string[] = []) => [...prev, v];

const examples = (heading: string, lines: string[]) => `\n${heading}:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;

/**
 * A command's module, after the context every command builds (settings, clients, rubrics:
 * yaml and zod) has loaded on its own. Node's loader opens every new file of a module graph
 * at once; in two waves neither holds so many files that a low open-file limit
 * (`ulimit -n 30`) runs out of descriptors before the command starts.
 */
async function body<T>(load: () => Promise<T>): Promise<T> {
  await import('./context.js');
  return load();
}

/** Each command's body (commands/NAME.ts), loaded by its action, or sooner by runCommand. */
const bodies = {
  score: () => body(() => import('./commands/score.js')),
  exit: () => body(() => import('./commands/exit.js')),
  lint: () => body(() => import('./commands/lint.js')),
  schema: () => body(() => import('./commands/schema.js')),
  rubric: () => body(() => import('./commands/rubric.js')),
  init: () => body(() => import('./commands/init.js')),
  log: () => body(() => import('./commands/log.js')),
  paid: () => body(() => import('./commands/paid.js')),
  import: () => body(() => import('./commands/import.js')),
  portfolio: () => body(() => import('./commands/portfolio.js')),
  calibrate: () => body(() => import('./commands/calibrate.js')),
  history: () => body(() => import('./commands/history.js')),
};

/**
 * Every command, declared once: its arguments, flags, help and examples. Each body lives in
 * commands/NAME.ts and is imported only when that command runs, so `--help` or `lint` never
 * load what `exit` or `portfolio` need (changesets' cli.ts is the model). With `only`, just
 * that command is declared: a run of one command needs no other's flags or help.
 */
function declareCommands(program: Command, session: Session, done: (code: number) => void, only?: string): void {
  const { t, lint, edit, exit, portfolio, importer, calibrate } = messages(session.lang);
  const ex = (lines: string[]) => examples(t.cli.examples, lines);
  const want = (name: string) => only === undefined || only === name;

  if (want('score'))
    program
      .command('score')
      .description(t.cli.score)
      .argument('<files...>', t.cli.files)
      .option('--rubric <file>', t.cli.rubric, repeatable)
      .option('--as-of <date>', t.cli.asOf)
      .option('--strict', t.cli.strict)
      .option('--lang <lang>', t.cli.lang)
      .option('--format <format>', t.cli.format, 'text')
      .option('--fail-on <level>', t.cli.failOn)
      .option('--what-if', t.cli.whatIf)
      .option('--min-coverage <percent>', t.cli.minCoverage)
      .option('--compare <date>', t.cli.compare)
      .option('--redact', t.cli.redact)
      .option('--no-color', t.cli.noColor)
      .addHelpText(
        'after',
        ex([
          'clientfit score clients/acme.yaml',
          'clientfit score clients/*.yaml --format json',
          'clientfit score clients/acme.yaml --lang es --as-of 2026-06-30',
          'cat acme.yaml | clientfit score - --fail-on exit',
          'clientfit score clients/acme.yaml --what-if --min-coverage 70',
          'clientfit score clients/acme.yaml --compare 2026-05-01 --rubric old.yaml --rubric new.yaml',
          'clientfit score clients/acme.yaml --redact --format md',
        ]),
      )
      .action(async (files: string[], flags) => done(await (await bodies.score()).runScore(session, files, flags)));

  if (want('exit'))
    program
      .command('exit')
      .description(exit.cli.description)
      .argument('<file>', exit.cli.file)
      .option('--as-of <date>', t.cli.asOf)
      .option('--strict', t.cli.strict)
      .option('--notice-date <date>', exit.cli.noticeDate)
      .option('--lang <lang>', t.cli.lang)
      .option('--format <format>', exit.cli.format, 'text')
      .option('--rubric <file>', t.cli.rubric)
      .option('--full', exit.cli.full)
      .option('--force', exit.cli.force)
      .option('--out <file>', exit.cli.out)
      .option('--overwrite', exit.cli.overwrite)
      .option('--no-color', t.cli.noColor)
      .addHelpText(
        'after',
        ex([
          'clientfit exit clients/acme.yaml',
          'clientfit exit clients/acme.yaml --lang es --notice-date 2026-12-01',
          'clientfit exit clients/acme.yaml --full --format md --out exit-acme.md',
          'clientfit exit clients/acme.yaml --format md --out exit-acme.md --overwrite',
          'clientfit exit clients/nordlicht.yaml --force',
        ]),
      )
      .action(async (file: string, flags) => done(await (await bodies.exit()).runExit(session, file, flags)));

  if (want('lint'))
    program
      .command('lint')
      .description(lint.cli.lint)
      .argument('[files...]', lint.cli.lintFiles)
      .option('--kind <kind>', lint.cli.kind)
      .option('--format <format>', lint.cli.format, 'stylish')
      .option('--max-warnings <n>', lint.cli.maxWarnings)
      .option('--as-of <date>', lint.cli.asOf)
      .option('--lang <lang>', t.cli.lang)
      .option('--no-color', t.cli.noColor)
      .addHelpText(
        'after',
        ex([
          'clientfit lint rubrics/ clients/',
          'clientfit lint my-rubric.yaml --format github',
          'clientfit lint clients/ --format sarif > clientfit.sarif',
          'clientfit lint clients/acme.yaml --max-warnings 0',
          'cat rubric.yaml | clientfit lint - --kind rubric',
        ]),
      )
      .action(async (files: string[], flags) => done(await (await bodies.lint()).runLint(session, files, flags)));

  if (want('schema'))
    program
      .command('schema')
      .description(lint.cli.schema)
      .argument('[kind]', lint.cli.schemaKind)
      .option('--write <dir>', lint.cli.schemaWrite)
      .option('--lang <lang>', t.cli.lang)
      .addHelpText(
        'after',
        ex([
          'clientfit schema client',
          'clientfit schema client --write schemas',
          'clientfit schema --write schemas --lang es',
          'clientfit schema rubric > schemas/rubric.schema.json',
          '',
          '# first line of a YAML file, for editors with the YAML language server:',
          '# yaml-language-server: $schema=../schemas/client.schema.json',
        ]),
      )
      .action(async (kind: string | undefined, flags) => done(await (await bodies.schema()).runSchema(session, kind, flags)));

  if (want('rubric'))
    program
      .command('rubric')
      .description(lint.cli.rubric)
      .command('show')
      .description(lint.cli.rubricShow)
      .option('--rubric <file>', lint.cli.rubricFile)
      .option('--lang <lang>', t.cli.lang)
      .option('--weights', t.cli.weights)
      .option('--format <format>', t.cli.weightsFormat, 'text')
      .option('--no-color', t.cli.noColor)
      .addHelpText(
        'after',
        ex([
          'clientfit rubric show',
          'clientfit rubric show --rubric rubrics/team.yaml > effective.yaml',
          'clientfit rubric show --rubric rubrics/team.yaml | clientfit lint - --kind rubric',
          'clientfit rubric show --weights',
          'clientfit rubric show --weights --format json',
        ]),
      )
      .action(async (flags) => done(await (await bodies.rubric()).runRubricShow(session, flags)));

  if (want('init'))
    program
      .command('init')
      .description(edit.cli.init)
      .argument('[file]', edit.cli.initFile)
      .option('-y, --yes', edit.cli.yes)
      .option('--name <name>', edit.cli.name)
      .option('--industry <industry>', edit.cli.industry)
      .option('--since <date>', edit.cli.since)
      .option('--contact-name <name>', edit.cli.contactName)
      .option('--email <email>', edit.cli.email)
      .option('--phone <phone>', edit.cli.phone)
      .option('--tier <tier>', edit.cli.tier)
      .option('--in-niche <yes|no>', edit.cli.inNiche)
      .option('--within-skills <yes|no>', edit.cli.withinSkills)
      .option('--budget-fits <yes|no>', edit.cli.budgetFits)
      .option('--rate <n>', edit.cli.rate)
      .option('--currency <code>', edit.cli.currency)
      .option('--rate-unit <unit>', edit.cli.rateUnit)
      .option('--payment-terms <days>', edit.cli.paymentTerms)
      .option('--notice-days <n>', edit.cli.noticeDays)
      .option('--notice-basis <basis>', edit.cli.noticeBasis)
      .option('--written-notice <yes|no>', edit.cli.writtenNotice)
      .option('--clause <text>', edit.cli.clause)
      .option('--schema <ref>', edit.cli.schema)
      .option('--force', edit.cli.force)
      .option('--lang <lang>', edit.cli.lang)
      .option('--no-color', t.cli.noColor)
      .addHelpText(
        'after',
        `\n${t.cli.examples}:\n` +
          '  clientfit init clients/acme.yaml            # on a terminal: a short interview\n' +
          '  clientfit init clients/acme.yaml --yes --name "ACME Retail S.L." --industry retail \\\n' +
          '      --rate 60 --currency EUR --payment-terms 30 --notice-days 30 --notice-basis calendar\n',
      )
      .action(async (file: string | undefined, flags) => done(await (await bodies.init()).runInit(session, file, flags)));

  if (want('log'))
    program
      .command('log')
      .description(edit.cli.log)
      .argument('<file>', edit.cli.logFile)
      .argument('[type]', edit.cli.logType)
      .argument('[fields...]', edit.cli.logFields)
      .option('--date <date>', edit.cli.date)
      .option('--note <text>', edit.cli.note)
      .option('--force', edit.cli.forceType)
      .option('--lang <lang>', t.cli.lang)
      .option('--no-color', t.cli.noColor)
      .addHelpText(
        'after',
        ex([
          'clientfit log clients/acme.yaml invoice ref=F-7 amount=900 due=2026-12-20',
          'clientfit log clients/acme.yaml invoice ref=F-7 amount=900 due=2026-12-20 paid=2027-01-15 --date 2026-11-20',
          'clientfit log clients/acme.yaml scope_change billed=false --note "Three extra landing pages"',
          'clientfit log clients/acme.yaml message answered=2026-11-26 --date 2026-11-24',
          'clientfit log clients/acme.yaml            # on a terminal: asks what happened',
        ]),
      )
      .action(async (file: string, type: string | undefined, fields: string[], flags) =>
        done(await (await bodies.log()).runLog(session, file, type, fields, flags)),
      );

  if (want('paid'))
    program
      .command('paid')
      .description(edit.cli.paid)
      .argument('<file>', edit.cli.paidFile)
      .argument('[ref]', edit.cli.paidRef)
      .option('--date <date>', edit.cli.paidDate)
      .option('--amount <n>', edit.cli.paidAmount)
      .option('--lang <lang>', t.cli.lang)
      .option('--no-color', t.cli.noColor)
      .addHelpText(
        'after',
        ex([
          'clientfit paid clients/acme.yaml F-2026-031                  # paid in full today',
          'clientfit paid clients/acme.yaml F-2026-031 --date 2026-12-01',
          'clientfit paid clients/acme.yaml F-2026-031 --amount 500       # a partial payment; it stays open',
          'clientfit paid clients/acme.yaml                               # on a terminal: pick from the open invoices',
        ]),
      )
      .action(async (file: string, ref: string | undefined, flags) => done(await (await bodies.paid()).runPaid(session, file, ref, flags)));

  if (want('import'))
    program
      .command('import')
      .description(importer.cli.description)
      .argument('<files...>', importer.cli.files)
      .option('--into <dir>', importer.cli.into)
      .option('--from <tool>', importer.cli.from)
      .option('--map <file>', importer.cli.map)
      .option('--date-format <format>', importer.cli.dateFormat)
      .option('--since <date>', importer.cli.since)
      .option('--dry-run', importer.cli.dryRun)
      .option('--format <format>', importer.cli.format, 'text')
      .option('--lang <lang>', t.cli.lang)
      .option('--no-color', t.cli.noColor)
      .addHelpText(
        'after',
        ex([
          'clientfit import toggl-detailed.csv --into clients/               # Toggl Track: Reports → Detailed → Export CSV',
          'clientfit import clockify.csv --into clients/ --date-format MM/DD/YYYY   # Clockify detailed report',
          'clientfit import harvest-time.csv harvest-invoices.csv --into clients/    # Harvest time and invoices',
          'clientfit import kimai.csv --into clients/ --from kimai',
          'clientfit import solidtime.csv --into clients/',
          'clientfit import invoices.csv --into clients/ --from invoiceninja',
          'clientfit import invoice_details.csv --into clients/               # FreshBooks invoice details',
          'clientfit import SalesInvoices.csv --into clients/                 # Xero (dates DD/MM/YYYY)',
          'clientfit import accounting.csv --into clients/                    # Wave data export',
          'clientfit import horas.csv --into clientes/ --map horas.map.yaml   # any other CSV',
          'clientfit import toggl.csv --into clients/ --dry-run --format json',
          'clientfit import Inbox.mbox Sent.mbox --into clients/ --since 2026-01-01   # mail: Thunderbird, Apple Mail, Gmail Takeout',
          'clientfit import ~/Maildir --into clients/ --dry-run                       # a Maildir, or a folder of .eml files',
        ]),
      )
      .action(async (files: string[], flags) => done(await (await bodies.import()).runImport(session, files, flags)));

  if (want('portfolio'))
    program
      .command('portfolio')
      .description(portfolio.cli.description)
      .argument('<dir>', portfolio.cli.dir)
      .option('--rubric <file>', t.cli.rubric)
      .option('--as-of <date>', t.cli.asOf)
      .option('--strict', t.cli.strict)
      .option('--lang <lang>', t.cli.lang)
      .option('--format <format>', portfolio.cli.format, 'text')
      .option('--no-cache', portfolio.cli.noCache)
      .option('--no-color', t.cli.noColor)
      .addHelpText(
        'after',
        ex([
          'clientfit portfolio clients/',
          'clientfit portfolio clients/ --format csv > portfolio.csv',
          'clientfit portfolio clients/ --format json --as-of 2026-06-30',
          'clientfit portfolio clients/ --lang es --no-cache',
        ]),
      )
      .action(async (dir: string, flags) => done(await (await bodies.portfolio()).runPortfolio(session, dir, flags)));

  if (want('calibrate'))
    program
      .command('calibrate')
      .description(calibrate.cli.description)
      .argument('<dir>', calibrate.cli.dir)
      .option('--lead <time>', calibrate.cli.lead, '60d')
      .option('--rubric <file>', t.cli.rubric)
      .option('--as-of <date>', t.cli.asOf)
      .option('--strict', t.cli.strict)
      .option('--lang <lang>', t.cli.lang)
      .option('--format <format>', calibrate.cli.format, 'text')
      .option('--write <file>', calibrate.cli.write)
      .option('--overwrite', calibrate.cli.overwrite)
      .option('--no-cache', calibrate.cli.noCache)
      .option('--no-color', t.cli.noColor)
      .addHelpText(
        'after',
        ex([
          'clientfit calibrate clients/',
          'clientfit calibrate clients/ --lead 90d --format md > calibration.md',
          'clientfit calibrate clients/ --write rubrics/calibrated.yaml',
          'clientfit calibrate clients/ --format json --lang es',
        ]),
      )
      .action(async (dir: string, flags) => done(await (await bodies.calibrate()).runCalibrate(session, dir, flags)));

  if (want('history'))
    program
      .command('history')
      .description(t.cli.history)
      .argument('<file>', t.cli.file)
      .option('--from <date>', t.cli.from)
      .option('--every <step>', t.cli.every, '1m')
      .option('--rubric <file>', t.cli.rubric)
      .option('--as-of <date>', t.cli.asOf)
      .option('--strict', t.cli.strict)
      .option('--lang <lang>', t.cli.lang)
      .option('--format <format>', t.cli.historyFormat, 'text')
      .option('--no-color', t.cli.noColor)
      .addHelpText(
        'after',
        ex([
          'clientfit history clients/acme.yaml',
          'clientfit history clients/acme.yaml --from 2025-01-01 --every 2w',
          'clientfit history clients/acme.yaml --format csv > acme-fit.csv',
        ]),
      )
      .action(async (file: string, flags) => done(await (await bodies.history()).runHistory(session, file, flags)));
}

/**
 * Builds the command line and runs it; returns the exit code. The one exit path: a
 * UserError from any command is printed here, in the run's language; anything else is an
 * internal error, with the stack only under --verbose. Then standard output is flushed: a
 * failed write (disk full, EIO) is a one-line message and exit 2, a closed pipe (`| head`)
 * ends quietly with the code so far (stdout.ts).
 */
export async function run(argv: string[]): Promise<number> {
  watchOutput();
  const session = newSession(argv);
  // The run's catalogues (only its language's) before anything is worded; a command that
  // settles on another language (its settings') loads that one in createContext.
  await loadMessages(session.lang);
  const code = await runCommand(argv, session);
  const failed = await stdoutFailure();
  if (!failed || failed.code === 'EPIPE') return code;
  writeErr(`clientfit: ${messages(session.lang).t.err.stdoutFailed(safe(describeFailure(failed)))}\n`);
  return ExitCode.Failure;
}

/**
 * The line `clientfit --version` (answered by main.ts before anything is loaded) prints when
 * standard output failed, in the environment's language. Here, not in main.ts, so that the
 * catalogues stay in the chunks program.ts loads anyway.
 */
export async function versionFailed(failure: string): Promise<string> {
  const { t } = await loadMessages(langFromEnv(process.env) ?? 'en');
  return `clientfit: ${t.err.stdoutFailed(failure)}\n`;
}

/** Every command's name, for global options before it and for `help NAME`. */
const COMMANDS = ['score', 'exit', 'lint', 'schema', 'rubric', 'init', 'log', 'paid', 'import', 'portfolio', 'history', 'calibrate', 'help'];

/**
 * The language of help and usage errors, which come before any command reads its settings:
 * `--lang`, else the settings `lang` that applies in the current folder, else the locale (the
 * order createContext follows). Settings are read only when help or a usage error is shown,
 * and finding none takes stat() alone: yaml and zod load only when there is a file to read.
 */
async function usageLang(session: Session, argv: readonly string[]): Promise<Lang> {
  let lang = session.lang;
  if (!langFlag(argv) && discoverSettings(process.cwd()).file) lang = (await import('./context.js')).settingsLang(process.cwd()) ?? session.lang;
  await loadMessages(lang);
  return lang;
}

/** `clientfit rubric show`: the command (and subcommand) the words on the line name. */
function commandPath(program: Command, argv: readonly string[]): string[] {
  const path = ['clientfit'];
  let at: Command = program;
  for (const word of argv.filter((a) => !a.startsWith('-'))) {
    const next = at.commands.find((x) => x.name() === word);
    if (!next) break;
    path.push(word);
    at = next;
  }
  return path;
}

const wantsHelp = (argv: readonly string[]) => !argv.length || argv[0] === 'help' || argv.some((a) => a === '--help' || a === '-h');

async function runCommand(rawArgv: string[], session: Session): Promise<number> {
  const argv = hoistGlobals(rawArgv, COMMANDS);
  if (wantsHelp(argv)) session.lang = await usageLang(session, argv);
  // A command named first, with no help asked for, is the only one this run declares; its
  // body starts loading now, while commander is set up and parses the line (a usage error
  // still stops the run before the command does anything).
  const only = !wantsHelp(argv) && Object.hasOwn(bodies, argv[0] ?? '') ? (argv[0] as keyof typeof bodies) : undefined;
  if (only) bodies[only]().catch(() => {});
  const { t } = messages(session.lang);
  const verbose = argv.includes('--verbose');
  const color = !argv.includes('--no-color');
  await loadColor(!color);
  // `help NAME` for a command that does not exist is a usage error, not the general help.
  if (argv[0] === 'help' && argv[1] !== undefined && !argv[1].startsWith('-') && !COMMANDS.includes(argv[1])) {
    const hint = closest(argv[1], COMMANDS.filter((c) => c !== 'help'));
    const c = t.commander;
    writeErr(`${t.err.prefix}: ${c.unknownCommand(`'${safe(argv[1])}'`)}${hint ? ` (${c.didYouMean(hint)})` : ''}\n${c.seeHelp('clientfit --help')}\n`);
    return ExitCode.Failure;
  }
  let code: number = ExitCode.Ok;
  // Commander's own error text, kept to be worded once the language is known.
  let usageError: string | null = null;
  const program = new Command('clientfit')
    .description(t.cli.description)
    .version(VERSION, '-V, --version', t.cli.version)
    .helpOption('-h, --help', t.cli.help)
    .helpCommand('help [command]', t.cli.help)
    .option('--verbose', t.cli.verbose)
    .exitOverride();
  // Before the commands are added: they inherit these settings.
  localizeCommander(program, t, (message) => {
    usageError = message;
  });
  declareCommands(
    program,
    session,
    (c) => {
      code = c;
    },
    only,
  );
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return ExitCode.Ok;
      if (usageError !== null) {
        // One line and a hint, in the language of the settings when they name one.
        const tt = messages(await usageLang(session, argv)).t;
        writeErr(`${commanderError(usageError, tt)}${tt.commander.seeHelp(`${commandPath(program, argv).join(' ')} --help`)}\n`);
      }
      return ExitCode.Failure;
    }
    if (e instanceof UserError) {
      printProblems(e.problems, messages(session.lang), color);
      return e.exitCode;
    }
    if ((e as Error)?.name === 'ExitPromptError') return ExitCode.Interrupted;
    // The command line may hold anything (a file name with ESC in it): never echo it raw.
    const tt = messages(session.lang).t;
    writeErr(`clientfit: ${tt.err.internal}\n  clientfit ${safe(argv.join(' '))}\n`);
    if (verbose) writeErr(`${(e as Error)?.stack ?? String(e)}\n`);
    else writeErr(`${tt.err.internalHint}\n`);
    return ExitCode.Failure;
  }
}

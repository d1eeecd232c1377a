import { dirname, isAbsolute, join } from 'node:path';
import { langFromEnv, loadMessages, messages, type Catalog, type Lang, type Messages } from '../core/i18n/index.js';
import { M } from '../core/i18n/msg.js';
import { word } from '../core/i18n/word.js';
import { UserError, type Msg, type Problem } from '../core/errors.js';
import { isRealDate, localDate } from '../core/dates.js';
import type { Settings } from '../core/schema/settings.js';
import type { Rubric } from '../core/schema/rubric.js';
import type { Style } from '../core/render/style.js';
import { parseYaml } from '../core/yamlSource.js';
import { loadRubric } from '../io/loadRubric.js';
import { loadClient } from '../io/loadClient.js';
import type { Client } from '../core/client.js';
import type { Finding } from '../core/lint/types.js';
import { safe } from '../core/render/safeText.js';
import { isBuiltinRef } from '../io/rubricRef.js';
import { distrustProblem, findSettingsFile, loadSettings, type LoadedSettings } from '../io/settings.js';
import { readText } from '../io/readText.js';
import { printProblems } from './output.js';
import { styleFor } from './style.js';
import type { Session } from './session.js';
import { errStream, writeErr } from './stdout.js';

export { newSession, type Session } from './session.js';

/** The flags every command may take (commander fills in `color: false` for --no-color). */
export interface CommonFlags {
  lang?: string;
  asOf?: string;
  format?: string;
  rubric?: string | string[];
  color?: boolean;
  /** Any data-quality warning is exit 2 before anything is scored (a CI gate). */
  strict?: boolean;
}

/**
 * Everything a command needs to know before it does its job, derived once: language and its
 * catalogues, as-of date, output format, colour, the settings that apply and the rubric they
 * point at. Commands never re-derive any of it (knip's `createOptions`).
 */
export interface Context<F extends string = string> {
  session: Session;
  lang: Lang;
  /** Every catalogue of `lang`. */
  m: Messages;
  /** Shorthand for `m.t`, the shared catalogue. */
  t: Catalog;
  asOf: string;
  format: F;
  color: boolean;
  settings: Settings;
  settingsFile: string | null;
  /** --rubric (the first one), else settings `rubric:`, else null for the built-in default. */
  rubricRef: string | null;
  /** The same context with the settings that apply to files in `dir` (their language, rubric, loaded). */
  forDir(dir: string): Promise<Context<F>>;
  /**
   * A client and its logs through io's one loader, with the data-quality gate: lint's
   * findings on every file read are printed on stderr (once per run) and kept on
   * `client.dataQuality`; with --strict any of them is exit 2 before the client is scored.
   */
  client(file: string): Client;
  /** Loads (once per run and language) the rubric `ref` names, default `rubricRef`. */
  rubric(ref?: string | null): Rubric;
  /** Colours for a stream: none for pipes, NO_COLOR, TERM=dumb or --no-color. */
  style(stream: NodeJS.WriteStream): Style;
  /** A message in this context's language. */
  word(msg: Msg): string;
  /** Prints problems on stderr in this context's language. */
  report(problems: Problem[]): void;
}

export interface ContextOptions<F extends string> {
  /** Accepted values of --format; the first is the default. */
  formats?: readonly F[];
  /**
   * Where to look for `.clientfit.yaml` (upward from there, then home); null reads none.
   * `'-'` (standard input) looks from the current folder.
   */
  settingsDir?: string | null;
  /** Settings that fail to load are ignored (only their `lang:` is taken): lint must report them, not stop on them. */
  lenientSettings?: boolean;
}

/**
 * The one place a command's flags, settings, environment and clock become its context.
 * Asynchronous only to load the catalogues of the language it settles on (loadMessages).
 */
export async function createContext<F extends string = string>(session: Session, flags: CommonFlags, opts: ContextOptions<F> = {}): Promise<Context<F>> {
  const flagLang = flags.lang === undefined ? undefined : checkLang(flags.lang);
  // Problems with the other flags, or with the settings, are told in the language asked for.
  if (flagLang) {
    await loadMessages(flagLang);
    session.lang = flagLang;
  }
  const format = (opts.formats ? checkChoice('--format', flags.format ?? opts.formats[0]!, opts.formats) : (flags.format ?? '')) as F;
  const asOf = resolveAsOf(flags.asOf);
  const rubricFlag = Array.isArray(flags.rubric) ? flags.rubric[0] : flags.rubric;
  const rubrics = new Map<string, Rubric>();

  const build = async (settings: Settings, settingsFile: string | null): Promise<Context<F>> => {
    const lang = flagLang ?? settings.lang ?? langFromEnv(session.env) ?? 'en';
    const m = await loadMessages(lang);
    session.lang = lang;
    const ctx: Context<F> = {
      session,
      lang,
      m,
      t: m.t,
      asOf,
      format,
      color: flags.color !== false,
      settings,
      settingsFile,
      rubricRef: rubricRefFor(rubricFlag, settings.rubric, settingsFile),
      forDir: (dir) => build(...readSettings(session, dir, flags.color !== false, opts.lenientSettings)),
      rubric(ref = ctx.rubricRef) {
        const key = `${ref}\u0000${lang}`;
        let r = rubrics.get(key);
        if (!r) rubrics.set(key, (r = loadRubric(ref)));
        return r;
      },
      client(file) {
        const client = loadClient(file, { asOf });
        const warnings = client.dataQuality?.warnings ?? [];
        printWarnings(warnings, session, m, flags.color !== false);
        if (flags.strict && warnings.length) {
          throw new UserError({ code: 'usage', file: client.file, message: M.t.err.strictData(warnings.length), expected: M.t.err.strictDataExpected });
        }
        return client;
      },
      style: (stream) => styleFor(stream, flags.color === false),
      word: (msg) => word(msg, m),
      report: (problems) => printProblems(problems, m, flags.color !== false),
    };
    return ctx;
  };
  if (opts.settingsDir === undefined || opts.settingsDir === null) return build({}, null);
  return build(...readSettings(session, opts.settingsDir === '-' ? '.' : opts.settingsDir, flags.color !== false, opts.lenientSettings));
}

/** `file:line:col warning: …`, each finding once per run (a log shared by two clients is told once). */
export function printWarnings(findings: readonly Finding[], session: Session, m: Messages, color: boolean): void {
  if (!findings.length) return;
  const s = styleFor(errStream(), !color);
  let out = '';
  for (const f of findings) {
    const key = `${f.file}\u0000${f.line}\u0000${f.col}\u0000${f.rule}\u0000${JSON.stringify(f.message)}`;
    if (session.warned.has(key)) continue;
    session.warned.add(key);
    out += `${s.bold(`${safe(f.file)}:${f.line}:${f.col}`)} ${s.yellow(m.t.err.warning)}: ${safe(word(f.message, m))} ${s.dim(`[${f.rule}]`)}\n`;
  }
  if (out) writeErr(out);
}

/** The folder whose settings apply to a client file (`-`: the current one). */
export const dirOf = (file: string): string => (file === '-' ? '.' : dirname(file));

/**
 * The settings that apply to files in `dir`. A settings file passed over as untrusted
 * (another user's, or writable by others) is named in a warning on stderr, once per run.
 */
function readSettings(session: Session, dir: string, color: boolean, lenient = false): [Settings, string | null] {
  const warn = (ignored: LoadedSettings['ignored']) => {
    const fresh = ignored.filter((d) => !session.warned.has(`untrusted\u0000${d.file}`));
    for (const d of fresh) session.warned.add(`untrusted\u0000${d.file}`);
    if (fresh.length) printProblems(fresh.map(distrustProblem), messages(session.lang), color);
  };
  if (!lenient) {
    const { settings, file, ignored } = loadSettings(dir);
    warn(ignored);
    return [settings, file];
  }
  try {
    const { settings, file, ignored } = loadSettings(dir);
    warn(ignored);
    return [settings, file];
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return [{ lang: rawLang(dir) }, null];
  }
}

/**
 * The `lang:` of the settings that apply in `dir`, for help and usage errors (program.ts);
 * undefined when none applies or they cannot be read.
 */
export function settingsLang(dir: string): Lang | undefined {
  try {
    return loadSettings(dir).settings.lang;
  } catch {
    return undefined;
  }
}

/** `lang:` of a settings file that does not validate, read as plain YAML. */
function rawLang(dir: string): Lang | undefined {
  try {
    const file = findSettingsFile(dir);
    if (!file) return undefined;
    const r = parseYaml(readText(file).text, file, 'settings');
    const lang = r.ok ? (r.src.data as { lang?: unknown } | null)?.lang : undefined;
    return lang === 'en' || lang === 'es' ? lang : undefined;
  } catch {
    return undefined;
  }
}

/** --lang: en or es (any case, or a locale such as es_ES). */
function checkLang(flag: string): Lang {
  const l = flag.toLowerCase();
  if (l === 'en' || l === 'es') return l;
  throw new UserError({ code: 'usage', message: M.t.err.onFlag('--lang', M.t.err.badLang(flag)), expected: M.t.err.badLangExpected });
}

/** --as-of DATE, or today (the only place the clock is read). */
export function resolveAsOf(flag: string | undefined): string {
  if (flag === undefined) return localDate(new Date());
  if (!isRealDate(flag)) throw new UserError({ code: 'usage', message: M.t.err.onFlag('--as-of', M.t.err.badDate(flag)), expected: M.t.err.badDateExpected });
  return flag;
}

/** A date given by another flag (`--compare`, `--from`, `--notice-date`). */
export function checkDate(flag: string, value: string): string {
  if (isRealDate(value)) return value;
  throw new UserError({ code: 'usage', message: M.t.err.onFlag(flag, M.t.err.badDate(value)), expected: M.t.err.badDateExpected });
}

export function checkChoice<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  const message = flag === '--format' ? M.t.err.onFlag(flag, M.t.err.badFormat(value)) : M.t.err.badValue(flag, value);
  throw new UserError({ code: 'usage', message, expected: M.t.err.badChoiceExpected(choices.join(', ')) });
}

/** Rubric for a client: --rubric, else settings `rubric:` (relative to the settings file), else the built-in default. */
function rubricRefFor(flag: string | undefined, settingsRubric: string | undefined, settingsFile: string | null): string | null {
  if (flag) return flag;
  if (settingsRubric) {
    if (isBuiltinRef(settingsRubric) || isAbsolute(settingsRubric) || !settingsFile) return settingsRubric;
    return join(dirname(settingsFile), settingsRubric);
  }
  return null;
}


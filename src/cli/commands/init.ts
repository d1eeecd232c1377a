import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ExitCode, UserError } from '../../core/errors.js';
import { M } from '../../core/i18n/msg.js';
import { buildClient } from '../../core/client.js';
import type { InitAnswers, InitFlags } from '../../core/init/answers.js';
import { answersFromFlags } from '../../core/init/fromFlags.js';
import { renderProfile } from '../../core/init/render.js';
import { slugFor } from '../../core/init/slug.js';
import { safe } from '../../core/render/safeText.js';
import { parseYaml } from '../../core/yamlSource.js';
import { canPrompt, prompter } from '../../io/prompts.js';
import { schemaRefFor, type SchemaRef } from '../../io/schemaRef.js';
import { createContext, type Context, type Session } from '../context.js';
import { interviewInit } from '../interview/init.js';
import { checkWritableOrExplain, makeFolderOrExplain, writeOrExplain } from '../writeErrors.js';
import { writeErr } from '../stdout.js';

export interface InitCliFlags extends InitFlags {
  yes?: boolean;
  force?: boolean;
  schema?: string;
  lang?: string;
  color: boolean;
}

/** `clients/<slug>.yaml` when there is a clients/ folder here, else `<slug>.yaml`. */
function suggestFile(name: string): string {
  const base = `${slugFor(name)}.yaml`;
  return existsSync('clients') ? join('clients', base) : base;
}

/**
 * Before any question: an existing file is refused without --force, and what no write may
 * replace (a symlink, a read-only file, a file in a folder that cannot be written) always.
 */
function refuseExisting(file: string, force: boolean | undefined): void {
  if (!force && existsSync(file)) throw new UserError({ code: 'usage', message: M.edit.init.exists(safe(file)), expected: M.edit.init.existsExpected });
  checkWritableOrExplain(file, { folderMayBeMissing: true });
}

/**
 * `clientfit init [FILE]`: the interview on a terminal, or `--yes` with flags; renders a
 * commented profile, checks it with the client schema, and creates the file atomically
 * without ever replacing one (unless --force).
 */
export async function runInit(session: Session, file: string | undefined, flags: InitCliFlags): Promise<number> {
  const early = await createContext(session, { lang: flags.lang, color: flags.color });
  if (file === '-') throw new UserError({ code: 'usage', message: M.edit.arg.stdin, expected: M.edit.arg.stdinExpected });
  const ctx = await early.forDir(file ? dirname(file) : '.');
  const e = ctx.m.edit;
  const today = ctx.asOf;
  const fromFlags = answersFromFlags(flags, ctx.m.lang);
  if (fromFlags.problems.length) throw new UserError(fromFlags.problems);
  if (file) refuseExisting(file, flags.force);

  let answers: InitAnswers;
  let path: string;
  const interactive = !flags.yes;
  if (!interactive) {
    if (!fromFlags.answers.name) throw new UserError({ code: 'usage', message: M.edit.init.needName, expected: M.edit.init.needNameExpected });
    answers = { ...fromFlags.answers, name: fromFlags.answers.name };
    path = file ?? suggestFile(answers.name);
    if (!file) refuseExisting(path, flags.force);
  } else {
    if (!canPrompt()) throw new UserError({ code: 'usage', message: M.edit.init.needYes, expected: M.edit.init.needYesExpected });
    const p = await prompter(M.edit.ask.cancelled, ctx.m.edit.prompt);
    ({ answers, file: path } = await interviewInit(p, { m: ctx.m, today, preset: fromFlags.answers, file, suggestFile }));
    if (!file) refuseExisting(path, flags.force);
  }

  const schema: SchemaRef = flags.schema ? { ref: flags.schema, found: true } : schemaRefFor(path);
  const text = renderProfile(answers, { schemaRef: schema.ref, file: path, today, e });
  // The renderer's promise, checked the way `score` will read the file.
  const parsed = parseYaml(text, path, 'client');
  const built = parsed.ok ? buildClient(parsed.src) : parsed;
  if (!built.ok) throw new UserError([{ code: 'schema', message: M.edit.init.invalid }, ...built.problems]);

  if (interactive) {
    const p = await prompter(M.edit.ask.cancelled, ctx.m.edit.prompt);
    if (!(await p.confirm({ message: e.ask.writeIt(safe(path)), default: true }))) {
      writeErr(`${e.ask.cancelled}\n`);
      return ExitCode.Ok;
    }
  }
  makeFolderOrExplain(path);
  writeOrExplain(path, text, { exclusive: !flags.force });
  const shown = safe(path);
  writeErr(`${e.init.created(shown)}\n${e.init.next(shown)}\n`);
  if (!schema.found) await writeSchema(ctx, schema.file);
  return ExitCode.Ok;
}

/**
 * The client schema the new profile's first line points at, when none exists yet (in the
 * profile's language). It never replaces a file; if it cannot be written the profile stands
 * and the note says how to create it.
 */
async function writeSchema(ctx: Context, file: string): Promise<void> {
  const shown = safe(relative('.', file) || file);
  // Loaded only when needed: once it is written, later profiles find it.
  const { jsonSchemaText } = await import('../../core/jsonSchema.js');
  try {
    makeFolderOrExplain(file);
    writeOrExplain(file, jsonSchemaText('client', ctx.lang), { exclusive: true });
    writeErr(`${ctx.m.edit.init.schemaWritten(shown)}\n`);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    writeErr(`${ctx.m.edit.init.schemaNote(shown, safe(relative('.', dirname(file)) || '.'))}\n`);
  }
}

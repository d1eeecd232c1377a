import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { EditCatalog } from '../../core/i18n/index.js';
import { ExitCode, UserError } from '../../core/errors.js';
import { buildClient } from '../../core/client.js';
import type { InitAnswers, InitFlags } from '../../core/init/answers.js';
import { answersFromFlags } from '../../core/init/fromFlags.js';
import { renderProfile } from '../../core/init/render.js';
import { slugFor } from '../../core/init/slug.js';
import { safe } from '../../core/render/safeText.js';
import { parseYaml } from '../../core/yamlSource.js';
import { canPrompt, prompter } from '../../io/prompts.js';
import { schemaRefFor } from '../../io/schemaRef.js';
import { createContext, type Session } from '../context.js';
import { interviewInit } from '../interview/init.js';
import { writeOrExplain } from '../writeErrors.js';

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

function refuseExisting(file: string, force: boolean | undefined, e: EditCatalog): void {
  if (!force && existsSync(file)) throw new UserError({ code: 'usage', message: e.init.exists(safe(file)), expected: e.init.existsExpected });
}

/**
 * `clientfit init [FILE]`: the interview on a terminal, or `--yes` with flags; renders a
 * commented profile, checks it with the client schema, and creates the file atomically
 * without ever replacing one (unless --force).
 */
export async function runInit(session: Session, file: string | undefined, flags: InitCliFlags): Promise<number> {
  const early = createContext(session, { lang: flags.lang, color: flags.color });
  if (file === '-') throw new UserError({ code: 'usage', message: early.m.edit.arg.stdin, expected: early.m.edit.arg.stdinExpected });
  const ctx = early.forDir(file ? dirname(file) : '.');
  const { t, edit: e } = ctx.m;
  const today = ctx.asOf;
  const fromFlags = answersFromFlags(flags, e);
  if (fromFlags.problems.length) throw new UserError(fromFlags.problems);
  if (file) refuseExisting(file, flags.force, e);

  let answers: InitAnswers;
  let path: string;
  const interactive = !flags.yes;
  if (!interactive) {
    if (!fromFlags.answers.name) throw new UserError({ code: 'usage', message: e.init.needName, expected: e.init.needNameExpected });
    answers = { ...fromFlags.answers, name: fromFlags.answers.name };
    path = file ?? suggestFile(answers.name);
    if (!file) refuseExisting(path, flags.force, e);
  } else {
    if (!canPrompt()) throw new UserError({ code: 'usage', message: e.init.needYes, expected: e.init.needYesExpected });
    const p = await prompter(e.ask.cancelled);
    ({ answers, file: path } = await interviewInit(p, { e, today, preset: fromFlags.answers, file, suggestFile }));
    if (!file) refuseExisting(path, flags.force, e);
  }

  const schema = flags.schema ? { ref: flags.schema, found: true } : schemaRefFor(dirname(path));
  const text = renderProfile(answers, { schemaRef: schema.ref, file: path, today, e });
  // The renderer's promise, checked the way `score` will read the file.
  const parsed = parseYaml(text, path, t, 'client');
  const built = parsed.ok ? buildClient(parsed.src, t) : parsed;
  if (!built.ok) throw new UserError([{ code: 'schema', message: e.init.invalid }, ...built.problems]);

  if (interactive) {
    const p = await prompter(e.ask.cancelled);
    if (!(await p.confirm({ message: e.ask.writeIt(safe(path)), default: true }))) {
      process.stderr.write(`${e.ask.cancelled}\n`);
      return ExitCode.Ok;
    }
  }
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeOrExplain(path, text, { exclusive: !flags.force }, e);
  const shown = safe(path);
  process.stderr.write(`${e.init.created(shown)}\n${e.init.next(shown)}\n`);
  if (!schema.found) process.stderr.write(`${e.init.schemaNote(safe(relative('.', resolve(dirname(path), schema.ref))))}\n`);
  return ExitCode.Ok;
}

import { join } from 'node:path';
import { ExitCode, UserError } from '../../core/errors.js';
import { M } from '../../core/i18n/msg.js';
import { jsonSchemaText } from '../../core/jsonSchema.js';
import { LINT_KINDS, type LintKind } from '../../core/lint/types.js';
import { safe } from '../../core/render/safeText.js';
import { createContext, type Session } from '../context.js';
import { checkWritableOrExplain, makeFolderOrExplain, writeOrExplain } from '../writeErrors.js';
import { writeErr } from '../stdout.js';

export interface SchemaFlags {
  lang?: string;
  /** A folder: write KIND.schema.json there (every kind's when no KIND is given). */
  write?: string;
}

/** The file `--write DIR` puts a kind's schema in, the name editors and `init` look for. */
export const schemaFileIn = (dir: string, kind: LintKind) => join(dir, `${kind}.schema.json`);

/**
 * `clientfit schema KIND`: the JSON Schema on stdout, its texts in the run's language (the
 * English one is the shipped schemas/KIND.schema.json). `--write DIR` writes DIR/KIND.schema.json
 * instead, or every kind's without KIND: each file atomically, replacing an older schema but
 * never a symlink, a read-only or a non-regular file (checked for all before any is written).
 */
export async function runSchema(session: Session, kind: string | undefined, flags: SchemaFlags): Promise<number> {
  // The language of the texts: --lang, else the settings that apply where the files go, else LANG.
  const ctx = await createContext(session, flags, { settingsDir: flags.write ?? '.', lenientSettings: true });
  if (kind === undefined && flags.write === undefined) throw new UserError({ code: 'usage', message: M.lint.noKind, expected: M.lint.noKindExpected });
  if (kind !== undefined && !(LINT_KINDS as readonly string[]).includes(kind)) {
    throw new UserError({ code: 'usage', message: M.lint.badKind(kind), expected: M.t.err.badChoiceExpected(LINT_KINDS.join(', ')) });
  }
  const kinds = kind === undefined ? LINT_KINDS : [kind as LintKind];
  if (flags.write === undefined) {
    process.stdout.write(jsonSchemaText(kinds[0]!, ctx.lang));
    return ExitCode.Ok;
  }
  const files = kinds.map((k) => [k, schemaFileIn(flags.write!, k)] as const);
  for (const [, file] of files) checkWritableOrExplain(file, { folderMayBeMissing: true });
  makeFolderOrExplain(files[0]![1]);
  for (const [k, file] of files) {
    writeOrExplain(file, jsonSchemaText(k, ctx.lang), {});
    writeErr(`${ctx.m.lint.schemaWritten(safe(file))}\n`);
  }
  return ExitCode.Ok;
}

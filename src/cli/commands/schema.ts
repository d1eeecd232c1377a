import { ExitCode, UserError } from '../../core/errors.js';
import { M } from '../../core/i18n/msg.js';
import { jsonSchemaText } from '../../core/jsonSchema.js';
import { LINT_KINDS, type LintKind } from '../../core/lint/types.js';
import { createContext, type Session } from '../context.js';

export interface SchemaFlags {
  lang?: string;
}

/** `clientfit schema KIND`: the JSON Schema on stdout, the same text as schemas/KIND.schema.json. */
export async function runSchema(session: Session, kind: string | undefined, flags: SchemaFlags): Promise<number> {
  await createContext(session, flags);
  if (kind === undefined) throw new UserError({ code: 'usage', message: M.lint.noKind, expected: M.lint.noKindExpected });
  if (!(LINT_KINDS as readonly string[]).includes(kind)) {
    throw new UserError({ code: 'usage', message: M.lint.badKind(kind), expected: M.t.err.badChoiceExpected(LINT_KINDS.join(', ')) });
  }
  process.stdout.write(jsonSchemaText(kind as LintKind));
  return ExitCode.Ok;
}

import { catalogs } from '../../core/i18n/index.js';
import { lintCatalogs } from '../../core/i18n/lint.js';
import { ExitCode, UserError } from '../../core/errors.js';
import { jsonSchemaText } from '../../core/jsonSchema.js';
import { LINT_KINDS, type LintKind } from '../../core/lint/types.js';
import { resolveLang } from '../context.js';

export interface SchemaFlags {
  lang?: string;
}

/** `clientfit schema KIND`: the JSON Schema on stdout, the same text as schemas/KIND.schema.json. */
export async function runSchema(kind: string | undefined, flags: SchemaFlags): Promise<number> {
  const lang = resolveLang(flags.lang, undefined);
  const [t, m] = [catalogs[lang], lintCatalogs[lang]];
  if (kind === undefined) throw new UserError({ code: 'usage', message: m.noKind, expected: m.noKindExpected });
  if (!(LINT_KINDS as readonly string[]).includes(kind)) {
    throw new UserError({ code: 'usage', message: m.badKind(kind), expected: t.err.badChoiceExpected(LINT_KINDS.join(', ')) });
  }
  process.stdout.write(jsonSchemaText(kind as LintKind));
  return ExitCode.Ok;
}

import { langFromEnv, type Lang } from '../core/i18n/index.js';
import { langFlag } from './argv.js';

/**
 * What one run of the program shares across its commands: the language its errors are told
 * in. It starts from the command line and the environment, and becomes the settings' language
 * once a command has read them, so that program.ts words a late error like the report.
 * Kept apart from context.ts so that program.ts can start a session without loading what a
 * context needs (settings, rubrics, clients: yaml and zod).
 */
export interface Session {
  lang: Lang;
  readonly env: Record<string, string | undefined>;
  /** Data-quality warnings already printed: each is told once per run, however often its file is read. */
  readonly warned: Set<string>;
}

export function newSession(argv: string[], env: Record<string, string | undefined> = process.env): Session {
  const l = langFlag(argv)?.toLowerCase();
  return { lang: l === 'en' || l === 'es' ? l : (langFromEnv(env) ?? 'en'), env, warned: new Set() };
}

import type * as z from 'zod';
import { clientSchema } from '../schema/client.js';
import { logSchema } from '../schema/event.js';
import { rubricSchema } from '../schema/rubric.js';
import { settingsSchema } from '../schema/settings.js';
import { importMapSchema } from '../schema/importMap.js';
import type { LintKind } from './types.js';

/** The zod schema each kind of file is checked against (the same ones `score` uses), built when first asked for. */
export const SCHEMAS: Record<LintKind, () => z.ZodType> = {
  client: clientSchema,
  log: logSchema,
  rubric: rubricSchema,
  settings: settingsSchema,
  map: importMapSchema,
};

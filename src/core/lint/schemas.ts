import type * as z from 'zod';
import { ClientSchema } from '../schema/client.js';
import { LogSchema } from '../schema/event.js';
import { RubricSchema } from '../schema/rubric.js';
import { SettingsSchema } from '../schema/settings.js';
import { ImportMapSchema } from '../schema/importMap.js';
import type { LintKind } from './types.js';

/** The zod schema each kind of file is checked against (the same ones `score` uses). */
export const SCHEMAS: Record<LintKind, z.ZodType> = {
  client: ClientSchema,
  log: LogSchema,
  rubric: RubricSchema,
  settings: SettingsSchema,
  map: ImportMapSchema,
};

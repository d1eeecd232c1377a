/**
 * What a clientfit file holds (rubric, client, log, settings, or an `import --map` file), told from its content: the one rule `lint`, `portfolio`
 * and `log` share (DESIGN: a file whose only top-level key is `events:` is a log, not a
 * client). Pure: works on parsed data.
 */
export const FILE_KINDS = ['rubric', 'client', 'log', 'settings', 'map'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** The settings file's name: known by it whatever it holds. */
export const SETTINGS_FILE = '.clientfit.yaml';

const RUBRIC_KEYS = ['criteria', 'extends', 'bands'];
const CLIENT_KEYS = ['name', 'short_name', 'aliases', 'contract', 'profile', 'contact', 'logs', 'since', 'industry', 'open_work'];
const SETTINGS_KEYS = ['me', 'referrals', 'lang', 'target_rate', 'rubric'];

const isMapping = (data: unknown): data is Record<string, unknown> => data !== null && typeof data === 'object' && !Array.isArray(data);

/** An event log: a mapping whose only key is `events`. */
export function isLog(data: unknown): boolean {
  if (!isMapping(data)) return false;
  const keys = Object.keys(data);
  return keys.length === 1 && keys[0] === 'events';
}

/**
 * The kind of the file at `file` holding `data`, or null when nothing gives it away (and
 * for anything that is not a mapping). A rubric has one of its own keys and no `name:`,
 * which every profile needs and no rubric has: a profile with a stray `criteria:` is still
 * a client. A profile that lost its `name:` still has events next to other keys: a client.
 */
export function fileKind(data: unknown, file = ''): FileKind | null {
  if (file.split(/[\\/]/).pop() === SETTINGS_FILE) return 'settings';
  if (!isMapping(data)) return null;
  const has = (keys: string[]) => keys.some((k) => Object.hasOwn(data, k));
  if (has(RUBRIC_KEYS) && !Object.hasOwn(data, 'name')) return 'rubric';
  // An import --map file: its `columns:` name the CSV's columns.
  if (Object.hasOwn(data, 'columns') && !Object.hasOwn(data, 'name')) return 'map';
  if (isLog(data)) return 'log';
  if (has(CLIENT_KEYS)) return 'client';
  if (has(SETTINGS_KEYS)) return 'settings';
  if (Object.hasOwn(data, 'events')) return 'client';
  return null;
}

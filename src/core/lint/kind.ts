import type { LintKind } from './types.js';

const RUBRIC_KEYS = ['criteria', 'extends', 'bands'];
const CLIENT_KEYS = ['name', 'contract', 'profile', 'contact', 'logs', 'since', 'industry', 'open_work'];
const SETTINGS_KEYS = ['me', 'referrals', 'lang', 'target_rate', 'rubric'];
const SETTINGS_FILE = '.clientfit.yaml';

/**
 * What a file holds, told from its content (DESIGN: a file whose only key is `events:` is a
 * log, not a client). The settings file is known by its name. null when nothing gives it away.
 */
export function detectKind(data: Record<string, unknown>, file: string): LintKind | null {
  const base = file.split(/[\\/]/).pop();
  if (base === SETTINGS_FILE) return 'settings';
  const keys = Object.keys(data);
  const has = (list: string[]) => list.some((k) => Object.hasOwn(data, k));
  if (has(RUBRIC_KEYS)) return 'rubric';
  if (keys.length === 1 && keys[0] === 'events') return 'log';
  if (has(CLIENT_KEYS)) return 'client';
  if (has(SETTINGS_KEYS)) return 'settings';
  // A profile that lost its `name:` still has events next to other keys: a client.
  if (Object.hasOwn(data, 'events')) return 'client';
  return null;
}

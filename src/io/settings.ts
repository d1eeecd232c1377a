import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { UserError } from '../core/errors.js';
import { validate } from '../core/client.js';
import { SettingsSchema, type Settings } from '../core/schema/settings.js';
import { SETTINGS_FILE } from '../core/fileKind.js';
import { loadYaml } from './loadYaml.js';

/** `.clientfit.yaml` from `startDir` upward, then the home folder; null when none exists. */
export function findSettingsFile(startDir: string, env = process.env): string | null {
  let dir = resolve(startDir);
  for (;;) {
    const f = join(dir, SETTINGS_FILE);
    if (existsSync(f)) return f;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  const home = env.HOME || homedir();
  const f = join(home, SETTINGS_FILE);
  return existsSync(f) ? f : null;
}

export interface LoadedSettings {
  settings: Settings;
  file: string | null;
}

export function loadSettings(startDir: string): LoadedSettings {
  const file = findSettingsFile(startDir);
  if (!file) return { settings: {}, file: null };
  // Shown relative to the current folder when it is inside it, like client paths.
  const rel = relative(process.cwd(), file);
  const src = loadYaml(rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file, 'settings');
  const r = validate(SettingsSchema, src);
  if (!r.ok) throw new UserError(r.problems);
  return { settings: r.value, file };
}

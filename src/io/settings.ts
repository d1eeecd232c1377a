import { UserError, type Problem } from '../core/errors.js';
import { validate } from '../core/client.js';
import { M } from '../core/i18n/msg.js';
import { settingsSchema, type Settings } from '../core/schema/settings.js';
import { loadYaml } from './loadYaml.js';
import { discoverSettings, shownPath, type Distrust } from './settingsFile.js';

export { discoverSettings, findSettingsFile, homeDir, insideWorkspace, isInside, realPathOf, shownPath, workspaceOf, type Distrust, type FoundSettings } from './settingsFile.js';

/** A settings file passed over, as the warning that names it. */
export function distrustProblem(d: Distrust): Problem {
  const file = shownPath(d.file);
  const why = 'owner' in d ? M.t.err.untrustedOwner(d.owner) : M.t.err.untrustedMode(`0${d.mode.toString(8)}`);
  return { code: 'untrusted', severity: 'warning', file, message: M.t.err.untrustedSettings(file, why), expected: M.t.err.untrustedSettingsExpected(file) };
}

export interface LoadedSettings {
  settings: Settings;
  file: string | null;
  /** Settings files passed over as untrusted: the command warns about each (distrustProblem). */
  ignored: Distrust[];
}

export function loadSettings(startDir: string): LoadedSettings {
  const { file, ignored } = discoverSettings(startDir);
  if (!file) return { settings: {}, file: null, ignored };
  const src = loadYaml(shownPath(file), 'settings');
  const r = validate(settingsSchema(), src);
  if (!r.ok) throw new UserError(r.problems);
  return { settings: r.value, file, ignored };
}

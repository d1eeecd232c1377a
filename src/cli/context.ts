import { dirname, isAbsolute, join } from 'node:path';
import { catalogs, langFromLocale, type Catalog, type Lang } from '../core/i18n/index.js';
import { UserError } from '../core/errors.js';
import { isRealDate, fromDate } from '../core/dates.js';

/** Language from --lang, then settings, then LC_ALL / LC_MESSAGES / LANG; English otherwise. */
export function resolveLang(flag: string | undefined, settingsLang: string | undefined, env = process.env): Lang {
  if (flag) return checkLang(flag);
  if (settingsLang === 'en' || settingsLang === 'es') return settingsLang;
  return langFromLocale(env.LC_ALL) ?? langFromLocale(env.LC_MESSAGES) ?? langFromLocale(env.LANG) ?? 'en';
}

export function checkLang(flag: string): Lang {
  const l = flag.toLowerCase();
  if (l === 'en' || l === 'es') return l;
  const t = catalogs[langFromLocale(process.env.LANG) ?? 'en'];
  throw new UserError({ code: 'usage', message: `--lang: ${t.err.badLang(flag)}`, expected: t.err.badLangExpected });
}

/** Early catalogue for errors raised before settings are read. */
export function earlyCatalog(flag?: string): Catalog {
  const l = flag === 'es' || flag === 'en' ? flag : (langFromLocale(process.env.LC_ALL) ?? langFromLocale(process.env.LANG) ?? 'en');
  return catalogs[l];
}

/** --as-of DATE, or today (the only place the clock is read). */
export function resolveAsOf(flag: string | undefined, t: Catalog): string {
  if (flag === undefined) return fromDate(new Date());
  if (!isRealDate(flag)) throw new UserError({ code: 'usage', message: `--as-of: ${t.err.badDate(flag)}`, expected: t.err.badDateExpected });
  return flag;
}

export function checkChoice<T extends string>(flag: string, value: string, choices: readonly T[], t: Catalog): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  const message = flag === '--format' ? `${flag}: ${t.err.badFormat(value)}` : t.err.badValue(flag, value);
  throw new UserError({ code: 'usage', message, expected: t.err.badChoiceExpected(choices.join(', ')) });
}

/** Rubric for a client: --rubric, else settings `rubric:` (relative to the settings file), else the built-in default. */
export function rubricRefFor(flag: string | undefined, settingsRubric: string | undefined, settingsFile: string | null): string | null {
  if (flag) return flag;
  if (settingsRubric) {
    if (settingsRubric.startsWith('builtin:') || isAbsolute(settingsRubric) || !settingsFile) return settingsRubric;
    return join(dirname(settingsFile), settingsRubric);
  }
  return null;
}

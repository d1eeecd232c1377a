import type { Catalog } from './en.js';
import type { LintCatalog } from './lint.en.js';
import type { editEn } from './edit.en.js';
import type { exitEn } from './exit.en.js';
import type { PortfolioCatalog } from './portfolio.en.js';
import type { explainEn } from './explain.en.js';
import type { ImporterCatalog } from './importer.en.js';
import type { CalibrateCatalog } from './calibrate.en.js';
import type { HtmlCatalog } from './html.en.js';
// English is always there: `M` (msg.ts), which core and io name their messages with, is built
// from its shape. Spanish is loaded only by a run that speaks it (loadMessages).
import { bundleEn } from './bundle.en.js';

export type Lang = 'en' | 'es';
export type { Catalog, LintCatalog, PortfolioCatalog, ImporterCatalog, CalibrateCatalog, HtmlCatalog };
/** Wording of `init` and `log`. */
export type EditCatalog = typeof editEn;
/** Help and error wording of `exit` (the draft itself is worded in exitScript/exitTerms/exitLessons). */
export type ExitCatalog = typeof exitEn;
/** Wording of what-if, compare, history and the weight tree. */
export type ExplainCatalog = typeof explainEn;

export const LANGS: Lang[] = ['en', 'es'];

/** The shared catalogue of each language (also reachable as `messages(lang).t`); a language must be loaded first. */
export const catalogs: Readonly<Record<Lang, Catalog>> = Object.freeze({
  get en() {
    return messages('en').t;
  },
  get es() {
    return messages('es').t;
  },
});

/** Every catalogue of one language: the one place a language is turned into words. */
export interface Messages {
  lang: Lang;
  /** The shared catalogue: errors, verdicts, numbers, report labels, command help. */
  t: Catalog;
  lint: LintCatalog;
  edit: EditCatalog;
  exit: ExitCatalog;
  portfolio: PortfolioCatalog;
  explain: ExplainCatalog;
  /** Wording of `import`. */
  importer: ImporterCatalog;
  /** Wording of `calibrate`. */
  calibrate: CalibrateCatalog;
  /** Wording of the HTML reports. */
  html: HtmlCatalog;
}

/** The bundles loaded so far: English, and Spanish once a run has spoken it. */
const BUNDLES: Partial<Record<Lang, Messages>> = { en: bundleEn };

/**
 * Loads every catalogue of `lang` (once), so that `messages(lang)` can answer synchronously.
 * Spanish is a chunk of its own, read only by a run that speaks Spanish: an English run never
 * loads it (start-up budget, DESIGN.md "Speed"). Whoever settles a run's language
 * (program.run, createContext) awaits this first.
 */
export async function loadMessages(lang: Lang): Promise<Messages> {
  return (BUNDLES[lang] ??= (await import('./bundle.es.js')).bundleEs);
}

/** The one selector: every catalogue for `lang`, which loadMessages(lang) has loaded. */
export function messages(lang: Lang): Messages {
  const m = BUNDLES[lang];
  if (!m) throw new Error(`the ${lang} catalogues are not loaded (await loadMessages('${lang}') first)`);
  return m;
}

/** Pick the wording for `lang` from a `{en, es}` pair, falling back to the other language. */
export function pick(text: { en?: string; es?: string } | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? text.en ?? text.es ?? '';
}

/** `es_ES.UTF-8`, `es`, `es-MX` → es; `en…` → en; anything else (C, POSIX, fr) → undefined. */
export function langFromLocale(value: string | undefined): Lang | undefined {
  if (!value) return undefined;
  const v = value.toLowerCase();
  if (v === 'c' || v === 'posix') return undefined;
  return v.startsWith('es') ? 'es' : v.startsWith('en') ? 'en' : undefined;
}

/**
 * The language the environment asks for, by the POSIX rule for messages: LC_ALL, then
 * LC_MESSAGES, then LANG; the first that names a language we speak wins.
 */
export function langFromEnv(env: Record<string, string | undefined>): Lang | undefined {
  return langFromLocale(env.LC_ALL) ?? langFromLocale(env.LC_MESSAGES) ?? langFromLocale(env.LANG);
}

import { en, type Catalog } from './en.js';
import { es } from './es.js';
import { lintEn, type LintCatalog } from './lint.en.js';
import { lintEs } from './lint.es.js';
import { editEn } from './edit.en.js';
import { editEs } from './edit.es.js';
import { exitEn } from './exit.en.js';
import { exitEs } from './exit.es.js';
import { portfolioEn, type PortfolioCatalog } from './portfolio.en.js';
import { portfolioEs } from './portfolio.es.js';
import { explainEn } from './explain.en.js';
import { explainEs } from './explain.es.js';
import { importerEn, type ImporterCatalog } from './importer.en.js';
import { importerEs } from './importer.es.js';
import { calibrateEn, type CalibrateCatalog } from './calibrate.en.js';
import { calibrateEs } from './calibrate.es.js';
import { htmlEn, type HtmlCatalog } from './html.en.js';
import { htmlEs } from './html.es.js';

export type Lang = 'en' | 'es';
export type { Catalog, LintCatalog, PortfolioCatalog, ImporterCatalog, CalibrateCatalog, HtmlCatalog };
/** Wording of `init` and `log`. */
export type EditCatalog = typeof editEn;
/** Help and error wording of `exit` (the draft itself is worded in exitScript/exitTerms/exitLessons). */
export type ExitCatalog = typeof exitEn;
/** Wording of what-if, compare, history and the weight tree. */
export type ExplainCatalog = typeof explainEn;

export const LANGS: Lang[] = ['en', 'es'];

/** The shared catalogue of each language (also reachable as `messages(lang).t`). */
export const catalogs: Record<Lang, Catalog> = { en, es };

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

const BUNDLES: Record<Lang, Messages> = {
  en: { lang: 'en', t: en, lint: lintEn, edit: editEn, exit: exitEn, portfolio: portfolioEn, explain: explainEn, importer: importerEn, calibrate: calibrateEn, html: htmlEn },
  es: { lang: 'es', t: es, lint: lintEs, edit: editEs, exit: exitEs, portfolio: portfolioEs, explain: explainEs, importer: importerEs, calibrate: calibrateEs, html: htmlEs },
};

/** The one selector: every catalogue for `lang`. */
export function messages(lang: Lang): Messages {
  return BUNDLES[lang];
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

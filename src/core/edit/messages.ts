import { editEn } from '../i18n/edit.en.js';
import { editEs } from '../i18n/edit.es.js';
import type { Lang } from '../i18n/index.js';

/** Wording of `init` and `log` (core/i18n/edit.*.ts). */
export type EditCatalog = typeof editEn;

/** The writing commands' catalogue in the given language. */
export function editCatalog(lang: Lang): EditCatalog {
  return lang === 'es' ? editEs : editEn;
}

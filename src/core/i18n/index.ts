import { en, type Catalog } from './en.js';
import { es } from './es.js';

export type Lang = 'en' | 'es';
export type { Catalog };
export const LANGS: Lang[] = ['en', 'es'];
export const catalogs: Record<Lang, Catalog> = { en, es };

/** Pick the wording for `lang` from a `{en, es}` pair, falling back to the other language. */
export function pick(text: { en?: string; es?: string } | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? text.en ?? text.es ?? '';
}

/** `es_ES.UTF-8`, `es`, `es-MX` → es; anything else → en. */
export function langFromLocale(value: string | undefined): Lang | undefined {
  if (!value) return undefined;
  const v = value.toLowerCase();
  if (v === 'c' || v === 'posix') return undefined;
  return v.startsWith('es') ? 'es' : v.startsWith('en') ? 'en' : undefined;
}

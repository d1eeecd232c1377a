import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { es } from 'date-fns/locale/es';
import type { Locale } from 'date-fns';
import { toDate, type IsoDate } from '../dates.js';
import type { Lang } from '../i18n/index.js';

/**
 * How each language writes a date in running text. British English puts the day first and
 * needs no comma ("Thursday 24 December 2026"); Spanish writes "jueves 24 de diciembre de
 * 2026", also without the comma date-fns' `PPPP` adds, which belongs to letterheads, not
 * sentences such as "el último día será el jueves 24 de diciembre de 2026".
 */
const STYLES: Record<Lang, { locale: Locale; withWeekday: string; plain: string; monthYear: string }> = {
  en: { locale: enGB, withWeekday: 'EEEE d MMMM yyyy', plain: 'd MMMM yyyy', monthYear: 'MMMM yyyy' },
  es: { locale: es, withWeekday: "EEEE d 'de' MMMM 'de' yyyy", plain: "d 'de' MMMM 'de' yyyy", monthYear: "MMMM 'de' yyyy" },
};

/** "Thursday 24 December 2026" / "jueves 24 de diciembre de 2026": for the dates that matter. */
export function longDate(iso: IsoDate, lang: Lang): string {
  const s = STYLES[lang];
  return format(toDate(iso), s.withWeekday, { locale: s.locale });
}

/** "30 September 2026" / "30 de septiembre de 2026": for due dates in lists. */
export function plainDate(iso: IsoDate, lang: Lang): string {
  const s = STYLES[lang];
  return format(toDate(iso), s.plain, { locale: s.locale });
}

/** "February 2023" / "febrero de 2023": how long a relationship has lasted. */
export function monthYear(iso: IsoDate, lang: Lang): string {
  const s = STYLES[lang];
  return format(toDate(iso), s.monthYear, { locale: s.locale });
}

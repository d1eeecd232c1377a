import { enGB } from 'date-fns/locale/en-GB';
import { es } from 'date-fns/locale/es';
import type { Locale } from 'date-fns';
import { weekdayOf, type IsoDate } from '../dates.js';
import type { Lang } from '../i18n/index.js';

/** A date's parts and the words for them in one language (date-fns' locale data). */
interface Parts {
  weekday: string;
  day: number;
  month: string;
  year: string;
}

function parts(iso: IsoDate, locale: Locale): Parts {
  const [y, m, d] = iso.split('-');
  return {
    weekday: String(locale.localize.day(weekdayOf(iso) as 0, { width: 'wide' })),
    day: Number(d),
    month: String(locale.localize.month((Number(m) - 1) as 0, { width: 'wide' })),
    year: y!,
  };
}

/**
 * How each language writes a date in running text. British English puts the day first and
 * needs no comma ("Thursday 24 December 2026"); Spanish writes "jueves 24 de diciembre de
 * 2026", also without the comma date-fns' `PPPP` adds, which belongs to letterheads, not
 * sentences such as "el último día será el jueves 24 de diciembre de 2026". Built from the
 * ISO date's own parts, never from a local Date, so no time zone can change the day.
 */
const STYLES: Record<Lang, { locale: Locale; withWeekday: (p: Parts) => string; plain: (p: Parts) => string; monthYear: (p: Parts) => string }> = {
  en: {
    locale: enGB,
    withWeekday: (p) => `${p.weekday} ${p.day} ${p.month} ${p.year}`,
    plain: (p) => `${p.day} ${p.month} ${p.year}`,
    monthYear: (p) => `${p.month} ${p.year}`,
  },
  es: {
    locale: es,
    withWeekday: (p) => `${p.weekday} ${p.day} de ${p.month} de ${p.year}`,
    plain: (p) => `${p.day} de ${p.month} de ${p.year}`,
    monthYear: (p) => `${p.month} de ${p.year}`,
  },
};

/** "Thursday 24 December 2026" / "jueves 24 de diciembre de 2026": for the dates that matter. */
export function longDate(iso: IsoDate, lang: Lang): string {
  const s = STYLES[lang];
  return s.withWeekday(parts(iso, s.locale));
}

/** "30 September 2026" / "30 de septiembre de 2026": for due dates in lists. */
export function plainDate(iso: IsoDate, lang: Lang): string {
  const s = STYLES[lang];
  return s.plain(parts(iso, s.locale));
}

/** "February 2023" / "febrero de 2023": how long a relationship has lasted. */
export function monthYear(iso: IsoDate, lang: Lang): string {
  const s = STYLES[lang];
  return s.monthYear(parts(iso, s.locale));
}

/**
 * Dates and numbers as each edition writes them, with Intl: "30 November 2026",
 * "30 novembre 2026", "30 de noviembre de 2026"; "1,234", "1 234", "1234" (Spanish groups
 * from five digits). Dates are ISO strings read in UTC, so no time zone shifts a day.
 */
import { intlLocale, type Locale } from './locales';

const dayFormats = new Map<Locale, Intl.DateTimeFormat>();
const monthFormats = new Map<Locale, Intl.DateTimeFormat>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

function cached<T>(map: Map<Locale, T>, locale: Locale, make: () => T): T {
  const hit = map.get(locale);
  if (hit) return hit;
  const made = make();
  map.set(locale, made);
  return made;
}

/** Formats `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; a missing date reads as the locale's "no date". */
export function formatDateIn(locale: Locale, iso: string | null | undefined, noDate: string): string {
  if (!iso) return noDate;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) throw new Error(`Not a date: ${iso}`);
  const [, year, month, day] = match;
  if (!month) return year!;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== Number(month) - 1) throw new Error(`Not a date: ${iso}`);
  const format = day
    ? cached(
        dayFormats,
        locale,
        () =>
          new Intl.DateTimeFormat(intlLocale[locale], {
            day: 'numeric',
            month: 'long',
            year: 'numeric',
            timeZone: 'UTC',
          }),
      )
    : cached(
        monthFormats,
        locale,
        () => new Intl.DateTimeFormat(intlLocale[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }),
      );
  const text = format.format(date);
  // French writes the first of the month as an ordinal: « 1er mars 1999 », not « 1 mars ».
  return locale === 'fr' && day === '01' ? text.replace(/^1 /, '1er ') : text;
}

export function formatNumberIn(locale: Locale, value: number): string {
  return cached(numberFormats, locale, () => new Intl.NumberFormat(intlLocale[locale])).format(value);
}

/** "A, B and C" / "A, B et C" / "A, B y C". */
export function joinListIn(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(intlLocale[locale], { style: 'long', type: 'conjunction' }).format(items);
}

/** The plural category of a count in the locale (French counts 0 and 1 as singular). */
export function pluralIn(locale: Locale, value: number): Intl.LDMLPluralRule {
  return new Intl.PluralRules(intlLocale[locale]).select(value);
}

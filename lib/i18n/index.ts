/**
 * The message catalogue and locale helpers: every interface string of every edition, and
 * the locale's own formats for what the data holds (dates, numbers, state names, statuses).
 */
import isoCountries from 'i18n-iso-countries';
import esCountries from 'i18n-iso-countries/langs/es.json';
import frCountries from 'i18n-iso-countries/langs/fr.json';
import type { StateRecord } from '../content/schemas';
import { formatDateIn, formatNumberIn, joinListIn } from './format';
import type { Locale } from './locales';
import { en, type Messages } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';

export * from './locales';
export type { Messages } from './messages/en';

const catalogues: Record<Locale, Messages> = { en, fr, es };
export const messages = (locale: Locale): Messages => catalogues[locale];

isoCountries.registerLocale(frCountries);
isoCountries.registerLocale(esCountries);

/** A state's name in the locale (the usual short name, from i18n-iso-countries); English from our record. */
export function stateName(locale: Locale, state: Pick<StateRecord, 'iso' | 'name'>): string {
  if (locale === 'en') return state.name;
  return isoCountries.getName(state.iso, locale, { select: 'alias' }) ?? state.name;
}

/** Everything a component needs to write in one locale, bound once per page. */
export function localeTools(locale: Locale) {
  const m = messages(locale);
  return {
    locale,
    m,
    date: (iso: string | null | undefined) => formatDateIn(locale, iso, m.noDate),
    number: (value: number) => formatNumberIn(locale, value),
    list: (items: readonly string[]) => (items.length === 0 ? m.none : joinListIn(locale, items)),
    stateName: (state: Pick<StateRecord, 'iso' | 'name'>) => stateName(locale, state),
  };
}
export type LocaleTools = ReturnType<typeof localeTools>;

/**
 * The message catalogue and locale helpers: every interface string of every edition, and
 * the locale's own formats for what the data holds (dates, numbers, state names, statuses).
 */
import type { StateRecord } from '../content/schemas';
import { formatDateIn, formatNumberIn, joinListIn } from './format';
import type { Locale } from './locales';
import { en, type Messages } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';
import { stateName } from './stateNames';

export * from './locales';
export type { Messages } from './messages/en';

const catalogues: Record<Locale, Messages> = { en, fr, es };
export const messages = (locale: Locale): Messages => catalogues[locale];

export { sortByStateName, stateName } from './stateNames';

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

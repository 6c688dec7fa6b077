/**
 * States' names in French and Spanish. i18n-iso-countries gives ISO 3166's list forms for a
 * few states, inverted or with a parenthesis ("Congo (República Democrática del)") or
 * capitalised as in a table ("Émirats Arabes Unis"); a reader expects the usual short form
 * used in running text. The overrides below were reviewed by hand and are the only ones: a
 * test lists them, and fails if any state's name still holds a parenthesis or a comma.
 */
import isoCountries from 'i18n-iso-countries';
import esCountries from 'i18n-iso-countries/langs/es.json';
import frCountries from 'i18n-iso-countries/langs/fr.json';
import type { StateRecord } from '../content/schemas';
import { intlLocale, type Locale, type TranslatedLocale } from './locales';

isoCountries.registerLocale(frCountries);
isoCountries.registerLocale(esCountries);

/** ISO 3166 alpha-3 → the short name in running text, where the library's form is not it. */
export const STATE_NAME_OVERRIDES: Record<TranslatedLocale, Readonly<Record<string, string>>> = {
  fr: {
    ARE: 'Émirats arabes unis',
    CAF: 'République centrafricaine',
    CIV: 'Côte d’Ivoire',
    CZE: 'Tchéquie',
    DOM: 'République dominicaine',
    SAU: 'Arabie saoudite',
    SWZ: 'Eswatini',
    TZA: 'Tanzanie',
    USA: 'États-Unis',
    VAT: 'Saint-Siège',
  },
  es: {
    COD: 'República Democrática del Congo',
    COG: 'República del Congo',
    IRN: 'Irán',
    KOR: 'Corea del Sur',
    LAO: 'Laos',
    PRK: 'Corea del Norte',
    SYR: 'Siria',
  },
};

/** A state's name in the locale: our record's English name, or the usual short name in French or Spanish. */
export function stateName(locale: Locale, state: Pick<StateRecord, 'iso' | 'name'>): string {
  if (locale === 'en') return state.name;
  return (
    STATE_NAME_OVERRIDES[locale][state.iso] ??
    isoCountries.getName(state.iso, locale, { select: 'alias' }) ??
    state.name
  );
}

/** Sorts by the locale's alphabetical order ("Émirats" with the E's, "Ucrania" before "Uganda"). */
export function sortByStateName<T>(
  locale: Locale,
  items: readonly T[],
  stateOf: (item: T) => Pick<StateRecord, 'iso' | 'name'>,
): T[] {
  const collator = new Intl.Collator(intlLocale[locale]);
  return [...items].sort((a, b) => collator.compare(stateName(locale, stateOf(a)), stateName(locale, stateOf(b))));
}

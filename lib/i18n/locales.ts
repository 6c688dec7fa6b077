/**
 * The site's languages. English is unprefixed (`/states/`); French and Spanish editions live
 * under `/fr/` and `/es/` with the same path segments (`/fr/states/`). See /work/spec-i18n.md.
 */
export const LOCALES = ['en', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** The editions that are translations of the English. */
export const TRANSLATED_LOCALES = ['fr', 'es'] as const satisfies readonly Locale[];
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** `<html lang>`: British English for the English edition, as the site has always declared. */
export const htmlLang: Record<Locale, string> = { en: 'en-GB', fr: 'fr', es: 'es' };

/** Intl locale tags for dates and numbers. */
export const intlLocale: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' };

/** OpenGraph locale (`og:locale`). */
export const ogLocale: Record<Locale, string> = { en: 'en_GB', fr: 'fr_FR', es: 'es_ES' };

/** Each language's name in that language, for the switcher (a reader looks for their own). */
export const languageNames: Record<Locale, string> = { en: 'English', fr: 'Français', es: 'Español' };

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);
export const isTranslatedLocale = (value: string): value is TranslatedLocale =>
  (TRANSLATED_LOCALES as readonly string[]).includes(value);

/** The site path of `path` (an English path) in `locale`: `/states/` → `/fr/states/`. */
export function localePath(locale: Locale, path: string): string {
  if (!path.startsWith('/')) throw new Error(`Not a site path: ${path}`);
  return locale === 'en' ? path : `/${locale}${path}`;
}

/** The locale of a site path and its English twin's path: `/fr/states/ukr/` → fr, `/states/ukr/`. */
export function splitLocalePath(path: string): { locale: Locale; englishPath: string } {
  const match = /^\/(fr|es)(\/.*)$/.exec(path);
  if (match && isTranslatedLocale(match[1]!)) return { locale: match[1], englishPath: match[2]! };
  return { locale: 'en', englishPath: path };
}

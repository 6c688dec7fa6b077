/**
 * Which pages each edition has, and their twins in the other languages. French and Spanish
 * have the interface pages (answers, glossary, states, search) from the start and each prose
 * page (home, Ottawa overview, withdrawals) once its translation is written.
 */
import type { Metadata } from 'next';
import { answers, getTerm, states, terms, translations } from '../content';
import { pageMetadata, type PageFacts } from '../pageMetadata';
import type { TranslatedPage } from '../content/translationSchemas';
import { localeOfFile } from '../content/validateTranslations';
import { paths, termAnchor, translatedRoutes } from '../routes';
import { absoluteUrl } from '../site';
import { LOCALES, localePath, TRANSLATED_LOCALES, type Locale, type TranslatedLocale } from './locales';

/** The English path of each translatable prose document. */
const PROSE_PATHS: Record<TranslatedPage['translationOf'], string> = {
  'pages/home': paths.home,
  'instruments/ottawa': paths.ottawa,
  'topics/withdrawals': paths.topic('withdrawals'),
};

/** A prose translation (front matter and compiled MDX), if written. */
export function translatedDocument(locale: TranslatedLocale, of: TranslatedPage['translationOf']) {
  return translations.pages.find((p) => localeOfFile(p.file) === locale && p.data.translationOf === of)?.doc;
}

const proseEnglishPaths = new Set(Object.values(PROSE_PATHS));

/** Whether `englishPath` has an edition in `locale`. */
export function hasEdition(locale: Locale, englishPath: string): boolean {
  if (locale === 'en') return true;
  if (!translatedRoutes(states.map((s) => s.iso)).includes(englishPath)) return false;
  if (!proseEnglishPaths.has(englishPath)) return true;
  const of = (Object.keys(PROSE_PATHS) as TranslatedPage['translationOf'][]).find(
    (k) => PROSE_PATHS[k] === englishPath,
  )!;
  return translatedDocument(locale, of) !== undefined;
}

/** The editions of a page: locale → site path, English first. */
export function editionsOf(englishPath: string): { locale: Locale; path: string }[] {
  return LOCALES.filter((l) => hasEdition(l, englishPath)).map((locale) => ({
    locale,
    path: localePath(locale, englishPath),
  }));
}

/** Every French and Spanish page, as `{ locale, englishPath }` (for the sitemap and tests). */
export function allEditionPages(): { locale: TranslatedLocale; englishPath: string }[] {
  return TRANSLATED_LOCALES.flatMap((locale) =>
    translatedRoutes(states.map((s) => s.iso))
      .filter((p) => hasEdition(locale, p))
      .map((englishPath) => ({ locale, englishPath })),
  );
}

/** `hreflang` alternates for a page's head: each edition, and x-default the English. */
export function languageAlternates(englishPath: string): Record<string, string> {
  const editions = editionsOf(englishPath);
  if (editions.length < 2) return {};
  return {
    ...Object.fromEntries(editions.map((e) => [e.locale, absoluteUrl(e.path)])),
    'x-default': absoluteUrl(englishPath),
  };
}

/** Adds the page's language alternates to its metadata (keeps its canonical link). */
export function withLanguageAlternates(metadata: Metadata, englishPath: string): Metadata {
  const languages = languageAlternates(englishPath);
  if (Object.keys(languages).length === 0) return metadata;
  return { ...metadata, alternates: { ...metadata.alternates, languages } };
}

/** A translated answer or glossary term by English id, in a locale. */
export function translatedAnswer(locale: TranslatedLocale, id: string) {
  return translations.answers.find((a) => localeOfFile(a.file) === locale && a.data.id === id)?.data;
}
export function translatedTerm(locale: TranslatedLocale, id: string) {
  return translations.terms.find((t) => localeOfFile(t.file) === locale && t.data.id === id)?.data;
}

/** English answers and terms with no twin in the locale yet (the page lists them, linked to English). */
export const untranslatedAnswers = (locale: TranslatedLocale) => answers.filter((a) => !translatedAnswer(locale, a.id));
export const untranslatedTerms = (locale: TranslatedLocale) => terms.filter((t) => !translatedTerm(locale, t.id));

/** The facts (title, address, review date, history, language) of a French or Spanish page. */
export function editionFacts(
  locale: TranslatedLocale,
  englishPath: string,
  page: { title: string; description: string; asOf: string; changes?: PageFacts['changes'] },
  family: PageFacts['family'],
  ogType: PageFacts['ogType'] = 'article',
): PageFacts {
  return {
    title: page.title,
    description: page.description,
    path: localePath(locale, englishPath),
    reviewed: page.asOf,
    changes: page.changes ?? [],
    family,
    ogType,
    language: locale,
  };
}

/** Metadata of a French or Spanish page: the usual head, with its language alternates. */
export const editionMetadata = (facts: PageFacts, englishPath: string, title?: Metadata['title']) =>
  withLanguageAlternates(pageMetadata(facts, title), englishPath);

/** A glossary definition in the locale, or the English where none is written yet. */
export const definitionIn = (locale: TranslatedLocale) => (id: string) =>
  translatedTerm(locale, id)?.definition ?? getTerm(id).definition;

/** The pages of an edition that carry a change history of their own (its translated prose). */
export function editionPageFacts(locale: TranslatedLocale): PageFacts[] {
  return (Object.keys(PROSE_PATHS) as TranslatedPage['translationOf'][]).flatMap((of) => {
    const doc = translatedDocument(locale, of);
    const family = of === 'instruments/ottawa' ? 'treaty' : of === 'topics/withdrawals' ? 'topics' : 'site';
    return doc ? [editionFacts(locale, PROSE_PATHS[of], doc.data, family)] : [];
  });
}

/** Where a term links in an edition: its own glossary once the term is translated, else the English. */
export const termHrefIn = (locale: TranslatedLocale) => (id: string) =>
  `${translatedTerm(locale, id) ? localePath(locale, paths.glossary) : paths.glossary}#${termAnchor(id)}`;

import type { Metadata } from 'next';
import { Island } from '@/components/interactive/Island';
import { LanguageSwitcher } from '@/components/i18n/LanguageSwitcher';
import { SearchForm } from '@/components/layout/SearchForm';
import { localePath, messages } from '@/lib/i18n';
import { languageAlternates } from '@/lib/i18n/editions';
import { editionLocale } from '@/lib/i18n/params';
import { paths } from '@/lib/routes';
import { SEARCH_PATH } from '@/lib/search/sections';
import { absoluteUrl } from '@/lib/site';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const locale = await editionLocale(params);
  const m = messages(locale);
  return {
    title: m.search.title,
    description: m.searchPage.description,
    alternates: { canonical: absoluteUrl(localePath(locale, SEARCH_PATH)), languages: languageAlternates(SEARCH_PATH) },
    robots: { index: false, follow: true },
  };
}

/**
 * Search in the edition's language. Pagefind splits its index by `<html lang>` and loads the
 * index of the page's language, so this page finds the French (or Spanish) pages.
 */
export default async function EditionSearchPage({ params }: Params) {
  const locale = await editionLocale(params);
  const m = messages(locale);
  const browse = [
    { href: paths.ottawa, label: m.nav.ottawa },
    { href: paths.states, label: m.nav.states },
    { href: paths.topic('withdrawals'), label: m.nav.withdrawals },
    { href: paths.answers, label: m.nav.answers },
    { href: paths.glossary, label: m.nav.glossary },
  ];
  return (
    <article>
      <h1>{m.search.title}</h1>
      <LanguageSwitcher englishPath={SEARCH_PATH} locale={locale} />
      <SearchForm id="search-page-input" name={m.search.pageLandmark} locale={locale} />
      <p
        className="muted"
        data-search-status=""
        role="status"
        data-text-none={m.searchResults.none}
        data-text-one={m.searchResults.one}
        data-text-many={m.searchResults.many}
        data-text-more={m.searchResults.more}
        data-text-more-button={m.searchResults.moreButton}
        data-text-unavailable={m.searchResults.unavailable}
      />
      <ol className="search-results" data-search-results="" />
      <div data-search-fallback="">
        <p>{m.searchPage.noScript}</p>
        <ul>
          {browse.map((b) => (
            <li key={b.href}>
              <a href={localePath(locale, b.href)}>{b.label}</a>
            </li>
          ))}
        </ul>
      </div>
      <Island name="search" />
    </article>
  );
}

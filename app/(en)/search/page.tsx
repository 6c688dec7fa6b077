import type { Metadata } from 'next';
import { Island } from '@/components/interactive/Island';
import { SearchForm } from '@/components/layout/SearchForm';
import { LanguageSwitcher } from '@/components/i18n/LanguageSwitcher';
import { languageAlternates } from '@/lib/i18n/editions';
import { paths } from '@/lib/routes';
import { SEARCH_PATH } from '@/lib/search/sections';
import { SITE_NAME, absoluteUrl } from '@/lib/site';

export const metadata: Metadata = {
  title: 'Search',
  description: `Search every page of the ${SITE_NAME}: the treaty's articles, states, policies, comparisons and explainers.`,
  alternates: { canonical: absoluteUrl(SEARCH_PATH), languages: languageAlternates(SEARCH_PATH) },
  robots: { index: false, follow: true },
};

const BROWSE = [
  { href: paths.ottawa, label: 'The Ottawa Treaty, article by article' },
  { href: paths.states, label: 'Every state and its status' },
  { href: paths.usPolicy, label: 'U.S. policy over time' },
  { href: paths.compare, label: 'Compare the instruments' },
  { href: paths.timeline, label: 'Timeline' },
  { href: paths.glossary, label: 'Glossary' },
  { href: paths.sources, label: 'Sources' },
];

/**
 * Results come from a static index that Pagefind builds over the exported site
 * (scripts/search-index.mjs); public/islands/search.js runs the query in `?q=` and as the reader
 * types. Only this page loads the search code and index.
 */
export default function SearchPage() {
  return (
    <article>
      <h1>Search</h1>
      <LanguageSwitcher englishPath={SEARCH_PATH} locale="en" />
      <SearchForm id="search-page-input" name="Search the site" />
      <p className="muted" data-search-status="" role="status" />
      <ol className="search-results" data-search-results="" />
      <div data-search-fallback="">
        <p>
          Search runs in your browser and needs JavaScript. Without it, start from one of these pages, or use your
          search engine with <code>site:</code> and this site&apos;s address.
        </p>
        <ul>
          {BROWSE.map((b) => (
            <li key={b.href}>
              <a href={b.href}>{b.label}</a>
            </li>
          ))}
        </ul>
      </div>
      <Island name="search" />
    </article>
  );
}

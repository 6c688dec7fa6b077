import { SEARCH_PARAM, SEARCH_PATH } from '@/lib/search/sections';
import { localePath, messages, type Locale } from '@/lib/i18n';

/**
 * The header's search box: a plain GET form to /search/, so it works without JavaScript.
 * The search code and index load only on /search/ (public/islands/search.js).
 */
export function SearchForm({
  id = 'site-search',
  locale = 'en',
  name = messages(locale).search.landmark,
  value,
}: {
  /** Each edition searches its own pages: the form goes to that edition's /search/. */
  locale?: Locale;
  id?: string;
  /** The landmark's name; two search forms on one page (header, /search/) need different ones. */
  name?: string;
  value?: string;
}) {
  return (
    <form className="search-form" role="search" aria-label={name} action={localePath(locale, SEARCH_PATH)} method="get">
      <label htmlFor={id}>{messages(locale).search.label}</label>
      <input id={id} type="search" name={SEARCH_PARAM} defaultValue={value} autoComplete="off" />
      <button type="submit">{messages(locale).search.button}</button>
    </form>
  );
}

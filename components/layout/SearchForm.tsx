import { SEARCH_PARAM, SEARCH_PATH } from '@/lib/search/sections';

/**
 * The header's search box: a plain GET form to /search/, so it works without JavaScript.
 * The search code and index load only on /search/ (public/islands/search.js).
 */
export function SearchForm({
  id = 'site-search',
  name = 'Site search',
  value,
}: {
  id?: string;
  /** The landmark's name; two search forms on one page (header, /search/) need different ones. */
  name?: string;
  value?: string;
}) {
  return (
    <form className="search-form" role="search" aria-label={name} action={SEARCH_PATH} method="get">
      <label htmlFor={id}>Search</label>
      <input id={id} type="search" name={SEARCH_PARAM} defaultValue={value} autoComplete="off" />
      <button type="submit">Search</button>
    </form>
  );
}

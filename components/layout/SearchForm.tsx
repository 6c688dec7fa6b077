import { SEARCH_PARAM, SEARCH_PATH } from '@/lib/search/sections';

/**
 * The header's search box: a plain GET form to /search/, so it works without JavaScript.
 * The search code and index load only on /search/ (public/islands/search.js).
 */
export function SearchForm({ id = 'site-search', value }: { id?: string; value?: string }) {
  return (
    <form className="search-form" role="search" action={SEARCH_PATH} method="get">
      <label htmlFor={id}>Search</label>
      <input id={id} type="search" name={SEARCH_PARAM} defaultValue={value} autoComplete="off" />
      <button type="submit">Search</button>
    </form>
  );
}

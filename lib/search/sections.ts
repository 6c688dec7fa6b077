/**
 * The section of the site a page belongs to, as search results show it beside the title
 * ("States", "Ottawa Treaty"). Pagefind reads it from the page (data-pagefind-meta; no filter, the search page does not filter).
 */
import { CIVILIAN_RISK_SLUG, paths } from '../routes';

export const searchSections = [
  'Ottawa Treaty',
  'Instruments',
  'U.S. policy',
  'States',
  'Compare',
  'Explainers',
  'Reference',
] as const;
export type SearchSection = (typeof searchSections)[number];

export function sectionOf(path: string): SearchSection {
  if (path.startsWith(paths.ottawa)) return 'Ottawa Treaty';
  if (path.startsWith('/instruments/us-') || path === paths.usPolicy) return 'U.S. policy';
  if (path.startsWith('/instruments/')) return 'Instruments';
  if (path.startsWith(paths.states)) return 'States';
  if (path.startsWith(paths.compare)) return 'Compare';
  if (path.startsWith('/topics/') || path === paths.topic(CIVILIAN_RISK_SLUG)) return 'Explainers';
  return 'Reference';
}

export const SEARCH_PATH = '/search/';
/** The query parameter of /search/, used by the header form and the search page. */
export const SEARCH_PARAM = 'q';

/** Which links on a French or Spanish page lead to the English site. */
import { splitLocalePath, type Locale } from './locales';

/** A path on this site with no edition prefix, seen from a page in another language, is English. */
export function linksToEnglish(href: string, pageLocale: Locale): boolean {
  if (pageLocale === 'en' || !href.startsWith('/') || href.startsWith('//')) return false;
  return splitLocalePath(href).locale === 'en';
}

/**
 * The site's name as each edition publishes it, from the message catalogue: "Landmine Law
 * Explainer", « Le droit des mines expliqué », «El derecho de las minas, explicado». It is the
 * name a reader sees in the page's header and title, so it is also the author and publisher
 * wherever a page is cited or described (citations, `citation_*` tags, JSON-LD, OpenGraph,
 * feeds): one rule, one place. The English name is lib/site.ts's SITE_NAME (a test checks).
 */
import type { Locale } from './locales';
import { splitLocalePath } from './locales';
import { en } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';

const names: Record<Locale, string> = { en: en.siteName, fr: fr.siteName, es: es.siteName };

export const editionSiteName = (locale: Locale): string => names[locale];

/** The site's name for the page at a site path (`/fr/…` → the French edition's). */
export const siteNameForPath = (path: string): string => editionSiteName(splitLocalePath(path).locale);

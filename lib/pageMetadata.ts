/**
 * What a page's <head> tells tools: canonical address, Highwire `citation_*` tags (read by
 * Zotero, Google Scholar and other reference managers), OpenGraph and Twitter card tags with
 * the share image of the page's family. Every absolute URL comes from SITE_URL.
 */
import type { Metadata } from 'next';
import type { PageChange } from './content/schemas';
import { absoluteUrl } from './site';
import { siteNameForPath } from './i18n/siteName';
import { isLocale, ogLocale } from './i18n/locales';

/** Families of pages that share a share image (public/og/<family>.png, made at build). */
export const shareImageFamilies = ['site', 'treaty', 'states', 'compare', 'us-policy', 'topics', 'data'] as const;
export type ShareImageFamily = (typeof shareImageFamilies)[number];

export const shareImagePath = (family: ShareImageFamily) => `/og/${family}.png`;
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export interface PageFacts {
  title: string;
  description: string;
  path: string;
  /** Last-reviewed date (YYYY-MM-DD). */
  reviewed: string;
  /** The page's change history, newest first; its last entry is the first publication. */
  changes?: readonly PageChange[];
  family: ShareImageFamily;
  /** OpenGraph type: an explainer is an article, a listing is a website page. */
  ogType?: 'article' | 'website';
  /**
   * The language of the page's main text (BCP 47) when it is not English: a French or Spanish
   * edition, or a treaty text in another authentic language.
   */
  language?: string;
  /** The same page in other languages, by BCP 47 code (the page's own included): `<link rel="alternate" hreflang>`. */
  alternates?: Readonly<Record<string, string>>;
}

/** Highwire Press dates are written YYYY/MM/DD. */
const highwireDate = (iso: string) => iso.replaceAll('-', '/');

/** The date the page was first published: the oldest change, or its review date. */
export const firstPublished = (facts: Pick<PageFacts, 'reviewed' | 'changes'>) =>
  facts.changes?.at(-1)?.date ?? facts.reviewed;

export function citationMetaTags(facts: PageFacts): Record<string, string> {
  return {
    citation_title: facts.title,
    citation_author: siteNameForPath(facts.path),
    citation_publication_date: highwireDate(facts.reviewed),
    citation_online_date: highwireDate(firstPublished(facts)),
    citation_publisher: siteNameForPath(facts.path),
    citation_public_url: absoluteUrl(facts.path),
    citation_language: facts.language ?? 'en',
  };
}

export function pageMetadata(facts: PageFacts, title: Metadata['title'] = facts.title): Metadata {
  const url = absoluteUrl(facts.path);
  const image = {
    url: absoluteUrl(shareImagePath(facts.family)),
    ...SHARE_IMAGE_SIZE,
    alt: siteNameForPath(facts.path),
  };
  return {
    title,
    description: facts.description,
    alternates: {
      canonical: url,
      ...(facts.alternates
        ? {
            languages: Object.fromEntries(
              Object.entries(facts.alternates).map(([lang, path]) => [lang, absoluteUrl(path)]),
            ),
          }
        : {}),
    },
    openGraph: {
      type: facts.ogType ?? 'article',
      title: facts.title,
      description: facts.description,
      url,
      siteName: siteNameForPath(facts.path),
      locale: ogLocale[facts.language && isLocale(facts.language) ? facts.language : 'en'],
      images: [image],
      ...(facts.ogType === 'website' ? {} : { publishedTime: firstPublished(facts), modifiedTime: facts.reviewed }),
    },
    twitter: { card: 'summary_large_image', title: facts.title, description: facts.description, images: [image.url] },
    other: citationMetaTags(facts),
  };
}

/**
 * The Atom feed of changes (/feed.xml): one entry per change in a page's history, newest
 * first, built with the `feed` package from the same histories the pages show.
 */
import { Feed } from 'feed';
import type { PageFacts } from './pageMetadata';
import { SITE_NAME, absoluteUrl } from './site';
import { siteNameForPath } from './i18n/siteName';

export const FEED_PATH = '/feed.xml';
/** Enough for a reader catching up; the full history stays on each page. */
export const FEED_LENGTH = 100;

export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  date: string;
  summary: string;
}

/** Every change on every page, newest first (ties by page address, for a stable feed). */
export function changeEntries(pages: readonly PageFacts[]): FeedEntry[] {
  return pages
    .flatMap((page) =>
      (page.changes ?? []).map((change, i, all) => ({
        // The history is append-only, so counting from the oldest entry keeps each id stable.
        id: `${absoluteUrl(page.path)}#change-${all.length - i}`,
        title: `${page.title}: ${change.summary}`,
        url: absoluteUrl(page.path),
        date: change.date,
        summary: change.summary,
      })),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url));
}

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A French or Spanish edition's feed: its own title, language, home and address. */
export interface FeedEdition {
  title: string;
  description: string;
  language: string;
  home: string;
  path: string;
  /** Entries kept (default FEED_LENGTH). An edition lists every page: most have one entry, their review. */
  length?: number;
  /** The licence line (`<rights>`), in the edition's words. */
  rights?: string;
}

const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';

/**
 * Atom declares a feed's language with `xml:lang` on its root (RFC 4287, section 2), which
 * feed readers use for every entry; the `feed` package writes it only into RSS, so it is added
 * to the root element it writes.
 */
export function withFeedLanguage(atom: string, language: string): string {
  if (!atom.includes(ATOM_ROOT)) throw new Error('Atom feed without the expected root element');
  return atom.replace(ATOM_ROOT, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">`);
}

export function changeFeed(pages: readonly PageFacts[], edition?: FeedEdition): string {
  const entries = changeEntries(pages).slice(0, edition?.length ?? FEED_LENGTH);
  const feedPath = edition?.path ?? FEED_PATH;
  const feed = new Feed({
    title: edition?.title ?? `${SITE_NAME}: changes`,
    description: edition?.description ?? 'What changed on each page of the Landmine Law Explainer, newest first.',
    id: absoluteUrl(edition?.home ?? '/'),
    link: absoluteUrl(edition?.home ?? '/'),
    language: edition?.language ?? 'en',
    updated: entries[0] ? asDate(entries[0].date) : undefined,
    feedLinks: { atom: absoluteUrl(feedPath) },
    author: { name: siteNameForPath(edition?.home ?? '/'), link: absoluteUrl(edition?.home ?? '/') },
    copyright: edition?.rights ?? 'Text and data: CC BY 4.0',
  });
  for (const e of entries) {
    feed.addItem({ id: e.id, title: e.title, link: e.url, date: asDate(e.date), description: e.summary });
  }
  return withFeedLanguage(feed.atom1(), edition?.language ?? 'en');
}

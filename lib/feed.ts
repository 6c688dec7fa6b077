/**
 * The Atom feed of changes (/feed.xml): one entry per change in a page's history, newest
 * first, built with the `feed` package from the same histories the pages show.
 */
import { Feed } from 'feed';
import type { PageFacts } from './pageMetadata';
import { SITE_NAME, absoluteUrl } from './site';

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
}

export function changeFeed(pages: readonly PageFacts[], edition?: FeedEdition): string {
  const entries = changeEntries(pages).slice(0, FEED_LENGTH);
  const feedPath = edition?.path ?? FEED_PATH;
  const feed = new Feed({
    title: edition?.title ?? `${SITE_NAME}: changes`,
    description: edition?.description ?? 'What changed on each page of the Landmine Law Explainer, newest first.',
    id: absoluteUrl(edition?.home ?? '/'),
    link: absoluteUrl(edition?.home ?? '/'),
    language: edition?.language ?? 'en',
    updated: entries[0] ? asDate(entries[0].date) : undefined,
    feedLinks: { atom: absoluteUrl(feedPath) },
    author: { name: SITE_NAME, link: absoluteUrl('/') },
    copyright: 'Text and data: CC BY 4.0',
  });
  for (const e of entries) {
    feed.addItem({ id: e.id, title: e.title, link: e.url, date: asDate(e.date), description: e.summary });
  }
  return feed.atom1();
}

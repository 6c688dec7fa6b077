import { changeFeed } from '@/lib/feed';
import { contentPageFacts } from '@/lib/sitePages';

/** The Atom feed of page changes, written as a static file at build time. */
export const dynamic = 'force-static';

export function GET() {
  return new Response(changeFeed(contentPageFacts()), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}

import type { MetadataRoute } from 'next';
import { instrumentPairs } from '@/lib/compare/order';
import { authenticTexts, instruments, provisions, states, topics } from '@/lib/content';
import { allRoutes } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';
import { reviewedByPath } from '@/lib/sitePages';
import { hasText } from '@/lib/texts';

export const dynamic = 'force-static';

/** Every page, from the same route list the integrity check uses, with its last-reviewed date. */
export default function sitemap(): MetadataRoute.Sitemap {
  const { byPath, newest } = reviewedByPath();
  return allRoutes({
    instruments,
    provisions,
    topics: topics.map((t) => t.data),
    states,
    pairs: instrumentPairs(instruments).map(([a, b]) => [a.id, b.id] as const),
    texts: authenticTexts
      .filter(hasText)
      .map((t) => ({ language: t.record.language, parts: t.parts.map((p) => p.number) })),
  }).map((route) => ({ url: absoluteUrl(route), lastModified: byPath.get(route) ?? newest }));
}

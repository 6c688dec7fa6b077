import type { MetadataRoute } from 'next';
import { instrumentPairs } from '@/lib/compare/order';
import { instruments, provisions, states, topics } from '@/lib/content';
import { allRoutes } from '@/lib/routes';
import { SITE_URL } from '@/lib/site';

export const dynamic = 'force-static';

/** Every page, from the same route list the integrity check uses. */
export default function sitemap(): MetadataRoute.Sitemap {
  return allRoutes({
    instruments,
    provisions,
    topics: topics.map((t) => t.data),
    states,
    pairs: instrumentPairs(instruments).map(([a, b]) => [a.id, b.id] as const),
  }).map((route) => ({ url: `${SITE_URL}${route}` }));
}

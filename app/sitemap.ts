import type { MetadataRoute } from 'next';
import { instrumentPairs } from '@/lib/compare/order';
import { instruments, provisions, states, topics } from '@/lib/content';
import { allRoutes } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';
import { reviewedByPath } from '@/lib/sitePages';
import { allEditionPages, languageAlternates } from '@/lib/i18n/editions';
import { localePath } from '@/lib/i18n';

export const dynamic = 'force-static';

/** Every page, from the same route list the integrity check uses, with its last-reviewed date. */
export default function sitemap(): MetadataRoute.Sitemap {
  const { byPath, newest } = reviewedByPath();
  const routes = allRoutes({
    instruments,
    provisions,
    topics: topics.map((t) => t.data),
    states,
    pairs: instrumentPairs(instruments).map(([a, b]) => [a.id, b.id] as const),
  });
  // Each page with editions in other languages lists them all (hreflang alternates), English included.
  const entry = (route: string, url: string) => {
    const languages = languageAlternates(route);
    return {
      url,
      lastModified: byPath.get(route) ?? newest,
      ...(Object.keys(languages).length > 0 ? { alternates: { languages } } : {}),
    };
  };
  return [
    ...routes.map((route) => entry(route, absoluteUrl(route))),
    ...allEditionPages().map(({ locale, englishPath }) =>
      entry(englishPath, absoluteUrl(localePath(locale, englishPath))),
    ),
  ];
}

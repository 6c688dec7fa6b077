import type { MetadataRoute } from 'next';
import { instrumentPairs } from '@/lib/compare/order';
import { authenticTexts, instruments, provisions, sources, states, topics } from '@/lib/content';
import { allRoutes } from '@/lib/routes';
import { absoluteUrl } from '@/lib/site';
import { reviewedByPath } from '@/lib/sitePages';
import { allEditionPages, editionPageFacts, languageAlternates } from '@/lib/i18n/editions';
import { localePath, TRANSLATED_LOCALES } from '@/lib/i18n';
import { SEARCH_PATH } from '@/lib/search/sections';
import { hasText } from '@/lib/texts';

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
    texts: authenticTexts
      .filter(hasText)
      .map((t) => ({ language: t.record.language, parts: t.parts.map((p) => p.number) })),
    sources,
  });
  // Each page with editions in other languages lists them all (hreflang alternates), English included.
  // A translated prose page was last reviewed on its own date; the others state the English records' facts.
  const editionReviewed = new Map(
    TRANSLATED_LOCALES.flatMap(editionPageFacts).map((f) => [absoluteUrl(f.path), f.reviewed]),
  );
  const entry = (route: string, url: string) => {
    const languages = languageAlternates(route);
    return {
      url,
      lastModified: editionReviewed.get(url) ?? byPath.get(route) ?? newest,
      ...(Object.keys(languages).length > 0 ? { alternates: { languages } } : {}),
    };
  };
  return [
    ...routes.map((route) => entry(route, absoluteUrl(route))),
    // Search pages ask not to be indexed (robots noindex), in every edition.
    ...allEditionPages()
      .filter(({ englishPath }) => englishPath !== SEARCH_PATH)
      .map(({ locale, englishPath }) => entry(englishPath, absoluteUrl(localePath(locale, englishPath)))),
  ];
}

import { changeFeed, FEED_PATH } from '@/lib/feed';
import { states } from '@/lib/content';
import { isTranslatedLocale, localePath, messages, TRANSLATED_LOCALES } from '@/lib/i18n';
import { editionFeedPages } from '@/lib/i18n/editionPages';

/** Each edition's Atom feed of page changes (/fr/feed.xml, /es/feed.xml): every page of it, in its language. */
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => TRANSLATED_LOCALES.map((locale) => ({ locale }));

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isTranslatedLocale(locale)) return new Response('Not found', { status: 404 });
  const m = messages(locale);
  const pages = editionFeedPages(locale, states);
  const xml = changeFeed(pages, {
    title: m.feed.title(m.siteName),
    description: m.feed.subtitle,
    language: locale,
    home: localePath(locale, '/'),
    path: localePath(locale, FEED_PATH),
    length: pages.reduce((n, p) => n + (p.changes?.length ?? 0), 0),
    rights: m.feed.rights,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

import { changeFeed, FEED_PATH } from '@/lib/feed';
import { isTranslatedLocale, localePath, messages, TRANSLATED_LOCALES } from '@/lib/i18n';
import { editionPageFacts } from '@/lib/i18n/editions';

/** Each edition's Atom feed of page changes (/fr/feed.xml, /es/feed.xml), in its language. */
export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => TRANSLATED_LOCALES.map((locale) => ({ locale }));

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isTranslatedLocale(locale)) return new Response('Not found', { status: 404 });
  const m = messages(locale);
  const xml = changeFeed(editionPageFacts(locale), {
    title: m.feed.title(m.siteName),
    description: m.feed.subtitle,
    language: locale,
    home: localePath(locale, '/'),
    path: localePath(locale, FEED_PATH),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

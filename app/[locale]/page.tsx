import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LanguageSwitcher } from '@/components/i18n/LanguageSwitcher';
import { MdxPage } from '@/components/pages/MdxPage';
import { TRANSLATED_LOCALES } from '@/lib/i18n';
import { definitionIn, termHrefIn, editionFacts, editionMetadata, translatedDocument } from '@/lib/i18n/editions';
import { editionLocale } from '@/lib/i18n/params';
import { paths } from '@/lib/routes';

type Params = { params: Promise<{ locale: string }> };

/** Only the editions whose home page is translated. */
export const generateStaticParams = () =>
  TRANSLATED_LOCALES.filter((locale) => translatedDocument(locale, 'pages/home')).map((locale) => ({ locale }));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const locale = await editionLocale(params);
  const doc = translatedDocument(locale, 'pages/home');
  if (!doc) return {};
  return editionMetadata(editionFacts(locale, paths.home, doc.data, 'site', 'website'), paths.home, {
    absolute: doc.data.title,
  });
}

export default async function EditionHomePage({ params }: Params) {
  const locale = await editionLocale(params);
  const doc = translatedDocument(locale, 'pages/home');
  if (!doc) notFound();
  return (
    <MdxPage
      doc={doc}
      facts={editionFacts(locale, paths.home, doc.data, 'site', 'website')}
      locale={locale}
      termDefinition={definitionIn(locale)}
      termHref={termHrefIn(locale)}
      header={<LanguageSwitcher englishPath={paths.home} locale={locale} />}
    />
  );
}

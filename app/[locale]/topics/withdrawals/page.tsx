import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LanguageSwitcher } from '@/components/i18n/LanguageSwitcher';
import { MdxPage } from '@/components/pages/MdxPage';
import { TRANSLATED_LOCALES } from '@/lib/i18n';
import { definitionIn, termHrefIn, editionFacts, editionMetadata, translatedDocument } from '@/lib/i18n/editions';
import { editionLocale } from '@/lib/i18n/params';
import { paths } from '@/lib/routes';

type Params = { params: Promise<{ locale: string }> };
const PATH = paths.topic('withdrawals');

export const generateStaticParams = () =>
  TRANSLATED_LOCALES.filter((locale) => translatedDocument(locale, 'topics/withdrawals')).map((locale) => ({ locale }));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const locale = await editionLocale(params);
  const doc = translatedDocument(locale, 'topics/withdrawals');
  return doc ? editionMetadata(editionFacts(locale, PATH, doc.data, 'topics'), PATH) : {};
}

export default async function EditionWithdrawalsPage({ params }: Params) {
  const locale = await editionLocale(params);
  const doc = translatedDocument(locale, 'topics/withdrawals');
  if (!doc) notFound();
  return (
    <MdxPage
      doc={doc}
      facts={editionFacts(locale, PATH, doc.data, 'topics')}
      locale={locale}
      termDefinition={definitionIn(locale)}
      termHref={termHrefIn(locale)}
      header={<LanguageSwitcher englishPath={PATH} locale={locale} />}
    />
  );
}

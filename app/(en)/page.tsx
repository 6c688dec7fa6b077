import type { Metadata } from 'next';
import { MdxPage } from '@/components/pages/MdxPage';
import { LanguageSwitcher } from '@/components/i18n/LanguageSwitcher';
import { withLanguageAlternates } from '@/lib/i18n/editions';
import { getPage } from '@/lib/content';
import { topicFacts } from '@/lib/pageFacts';
import { pageMetadata } from '@/lib/pageMetadata';

const page = getPage('home');

const facts = topicFacts(page.data, 'page');

export const metadata: Metadata = withLanguageAlternates(
  pageMetadata({ ...facts, ogType: 'website' }, { absolute: page.data.title }),
  facts.path,
);

export default function HomePage() {
  return <MdxPage doc={page} facts={facts} header={<LanguageSwitcher englishPath={facts.path} locale="en" />} />;
}

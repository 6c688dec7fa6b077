import type { Metadata } from 'next';
import { MdxPage } from '@/components/pages/MdxPage';
import { getPage } from '@/lib/content';
import { topicFacts } from '@/lib/pageFacts';
import { pageMetadata } from '@/lib/pageMetadata';

const page = getPage('home');

const facts = topicFacts(page.data, 'page');

export const metadata: Metadata = pageMetadata({ ...facts, ogType: 'website' }, { absolute: page.data.title });

export default function HomePage() {
  return <MdxPage doc={page} facts={facts} />;
}

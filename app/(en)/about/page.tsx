import type { Metadata } from 'next';
import { MdxPage } from '@/components/pages/MdxPage';
import { CorrectionsList } from '@/components/pages/CorrectionsList';
import { corrections, getPage } from '@/lib/content';
import { topicFacts } from '@/lib/pageFacts';
import { pageMetadata } from '@/lib/pageMetadata';

const page = getPage('about');

const facts = topicFacts(page.data, 'page');

export const metadata: Metadata = pageMetadata(facts);

export default function AboutPage() {
  return (
    <MdxPage
      doc={page}
      facts={facts}
      after={{
        cites: corrections.flatMap((c) => c.cite),
        render: (notes) => <CorrectionsList corrections={corrections} notes={notes} />,
      }}
    />
  );
}

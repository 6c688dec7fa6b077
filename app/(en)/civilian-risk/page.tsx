import type { Metadata } from 'next';
import { MdxPage } from '@/components/pages/MdxPage';
import { getTopic } from '@/lib/content';
import { topicFacts } from '@/lib/pageFacts';
import { pageMetadata } from '@/lib/pageMetadata';
import { CIVILIAN_RISK_SLUG } from '@/lib/routes';

const doc = getTopic(CIVILIAN_RISK_SLUG);

const facts = topicFacts(doc.data, 'topic');

export const metadata: Metadata = pageMetadata(facts);

export default function CivilianRiskPage() {
  // Over 250 note marks (the data tables cite every row): each source's hover card once, not in every mark.
  return <MdxPage doc={doc} facts={facts} wide cards="shared" />;
}

import type { Metadata } from 'next';
import { MdxPage } from '@/components/pages/MdxPage';
import { getTopic } from '@/lib/content';
import { CIVILIAN_RISK_SLUG, paths } from '@/lib/routes';

const doc = getTopic(CIVILIAN_RISK_SLUG);

export const metadata: Metadata = { title: doc.data.title, description: doc.data.description };

export default function CivilianRiskPage() {
  return <MdxPage doc={doc} path={paths.topic(CIVILIAN_RISK_SLUG)} wide />;
}

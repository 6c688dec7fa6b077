import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MdxPage } from '@/components/pages/MdxPage';
import { getTopic, topics } from '@/lib/content';
import { topicFacts } from '@/lib/pageFacts';
import { pageMetadata } from '@/lib/pageMetadata';
import { CIVILIAN_RISK_SLUG } from '@/lib/routes';

export const dynamicParams = false;

/** Explainers at /topics/<slug>/; civilian risk has its own short address. */
export function generateStaticParams() {
  return topics.filter((t) => t.data.slug !== CIVILIAN_RISK_SLUG).map((t) => ({ slug: t.data.slug }));
}

const load = (slug: string) =>
  slug !== CIVILIAN_RISK_SLUG && topics.some((t) => t.data.slug === slug) ? getTopic(slug) : undefined;

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const doc = load((await params).slug);
  return doc ? pageMetadata(topicFacts(doc.data, 'topic')) : {};
}

export default async function TopicPage({ params }: { params: Promise<{ slug: string }> }) {
  const doc = load((await params).slug);
  if (!doc) notFound();
  return <MdxPage doc={doc} facts={topicFacts(doc.data, 'topic')} />;
}

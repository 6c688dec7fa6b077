import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MdxPage } from '@/components/pages/MdxPage';
import { LanguageSwitcher } from '@/components/i18n/LanguageSwitcher';
import { withLanguageAlternates } from '@/lib/i18n/editions';
import { getTopic, topics } from '@/lib/content';
import { topicFacts } from '@/lib/pageFacts';
import { pageMetadata } from '@/lib/pageMetadata';
import { CIVILIAN_RISK_SLUG, paths } from '@/lib/routes';

export const dynamicParams = false;

/** Explainers at /topics/<slug>/; civilian risk has its own short address. */
export function generateStaticParams() {
  return topics.filter((t) => t.data.slug !== CIVILIAN_RISK_SLUG).map((t) => ({ slug: t.data.slug }));
}

const load = (slug: string) =>
  slug !== CIVILIAN_RISK_SLUG && topics.some((t) => t.data.slug === slug) ? getTopic(slug) : undefined;

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const doc = load((await params).slug);
  return doc ? withLanguageAlternates(pageMetadata(topicFacts(doc.data, 'topic')), paths.topic(doc.data.slug)) : {};
}

export default async function TopicPage({ params }: { params: Promise<{ slug: string }> }) {
  const doc = load((await params).slug);
  if (!doc) notFound();
  return (
    <MdxPage
      doc={doc}
      facts={topicFacts(doc.data, 'topic')}
      header={<LanguageSwitcher englishPath={paths.topic(doc.data.slug)} locale="en" />}
    />
  );
}

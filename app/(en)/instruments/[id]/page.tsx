import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import {
  InstrumentArticle,
  instrumentLeadCitations,
  instrumentTrailCitations,
} from '@/components/instruments/InstrumentArticle';
import { changeInto } from '@/lib/compare/matrix';
import { dimensions, getInstrumentDocument, instruments } from '@/lib/content';
import { supersessions } from '@/lib/instruments';
import { notesForPage } from '@/lib/pageNotes';
import { instrumentFacts } from '@/lib/pageFacts';
import { pageMetadata } from '@/lib/pageMetadata';
import { OTTAWA_ID } from '@/lib/routes';

export const dynamicParams = false;

/** Ottawa has its own address (/treaties/ottawa/); every other instrument lives here. */
export function generateStaticParams() {
  return instruments.filter((i) => i.id !== OTTAWA_ID).map((i) => ({ id: i.id }));
}

const load = (id: string) =>
  id !== OTTAWA_ID && instruments.some((i) => i.id === id) ? getInstrumentDocument(id) : undefined;

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const doc = load((await params).id);
  return doc ? pageMetadata(instrumentFacts(doc.data)) : {};
}

export default async function InstrumentPage({ params }: { params: Promise<{ id: string }> }) {
  const doc = load((await params).id);
  if (!doc) notFound();
  const instrument = doc.data;
  const change = changeInto(instrument, instruments, dimensions);
  const notes = notesForPage({
    before: instrumentLeadCitations(instrument, { change }),
    body: doc.raw,
    after: instrumentTrailCitations(instrument, dimensions),
  });

  return (
    <InstrumentArticle
      instrument={instrument}
      code={doc.code}
      notes={notes}
      facts={instrumentFacts(instrument)}
      instruments={instruments}
      dimensions={dimensions}
      supersessions={supersessions(instrument, instruments)}
      change={change}
    />
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { CompareWith } from '@/components/instruments/CompareWith';
import { KeyFacts, keyFactsCitations } from '@/components/instruments/KeyFacts';
import { PolicyChange, policyChangeCitations } from '@/components/instruments/PolicyChange';
import { PositionsTable, positionsCitations } from '@/components/instruments/PositionsTable';
import { MdxContent } from '@/components/mdx/MdxContent';
import { changeInto } from '@/lib/compare/matrix';
import { dimensions, getInstrumentDocument, instruments } from '@/lib/content';
import { notesForPage } from '@/lib/pageNotes';
import { instrumentFacts } from '@/lib/pageFacts';
import { pageMetadata } from '@/lib/pageMetadata';
import { articleLd, legislationLd } from '@/lib/jsonLd';
import { OTTAWA_ID, paths } from '@/lib/routes';

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

const KIND_LABELS = {
  treaty: 'Treaty',
  protocol: 'Protocol',
  'national-policy': 'National policy',
  decision: 'Decision',
} as const;

export default async function InstrumentPage({ params }: { params: Promise<{ id: string }> }) {
  const doc = load((await params).id);
  if (!doc) notFound();
  const instrument = doc.data;
  const change = changeInto(instrument, instruments, dimensions);
  const supersededBy = instruments.filter((i) => i.supersedes.includes(instrument.id));
  const notes = notesForPage({
    before: [...keyFactsCitations(instrument), ...policyChangeCitations(change)],
    body: doc.raw,
    after: positionsCitations(instrument, dimensions),
  });
  const facts = instrumentFacts(instrument);

  return (
    <article>
      <p className="muted">
        {KIND_LABELS[instrument.kind]} · {instrument.jurisdiction}
        {instrument.actor && (
          <>
            {' '}
            · <a href={paths.usPolicy}>U.S. policy timeline</a>
          </>
        )}
      </p>
      <h1>{instrument.title}</h1>
      <p className="lede">{instrument.summary}</p>
      <KeyFacts instrument={instrument} notes={notes} supersededBy={supersededBy} />
      {change && (
        <>
          <h2 id="what-changed">What changed from the previous policy</h2>
          <PolicyChange change={change} notes={notes} />
        </>
      )}
      <MdxContent code={doc.code} notes={notes} />
      <h2 id="point-by-point">Point by point</h2>
      <PositionsTable instrument={instrument} dimensions={dimensions} notes={notes} />
      <h2 id="compare">Compare with</h2>
      <CompareWith instrument={instrument} instruments={instruments} />
      <ReferenceList notes={notes} />
      <CiteThisPage
        facts={facts}
        jsonLd={
          instrument.kind === 'treaty' || instrument.kind === 'protocol'
            ? legislationLd(facts, {
                legislationName: instrument.title,
                alternateName: instrument.shortTitle,
                adopted: instrument.dates.adopted?.date,
                inForce: instrument.dates.inForce?.date,
              })
            : articleLd(facts)
        }
      />
    </article>
  );
}

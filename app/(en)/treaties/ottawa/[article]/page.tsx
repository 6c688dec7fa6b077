import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { ParagraphCitations } from '@/components/citations/ParagraphCitations';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { CopyButtons } from '@/components/interactive/CopyButtons';
import { MdxContent } from '@/components/mdx/MdxContent';
import { ProvisionText } from '@/components/provisions/ProvisionText';
import { OtherLanguages } from '@/components/texts/OtherLanguages';
import { authenticTexts, getInstrument, getProvisionDocument, getSource, provisions } from '@/lib/content';
import { legislationLd } from '@/lib/jsonLd';
import { provisionFacts } from '@/lib/pageFacts';
import { pageMetadata, type PageFacts } from '@/lib/pageMetadata';
import { notesForPage } from '@/lib/pageNotes';
import { provisionLabel, provisionNumberFromSlug, provisionSlug, provisionsOf } from '@/lib/provisionSlugs';
import { OTTAWA_ID, paths } from '@/lib/routes';
import { partAlternates } from '@/lib/textPages';

const ottawaProvisions = provisionsOf(provisions, OTTAWA_ID);

export const dynamicParams = false;

export function generateStaticParams() {
  return ottawaProvisions.map((p) => ({ article: provisionSlug(p.number) }));
}

function load(slug: string) {
  const number = provisionNumberFromSlug(slug);
  const provision = ottawaProvisions.find((p) => p.number === number);
  return provision ? getProvisionDocument(OTTAWA_ID, provision.number) : undefined;
}

export async function generateMetadata({ params }: { params: Promise<{ article: string }> }): Promise<Metadata> {
  const doc = load((await params).article);
  if (!doc) return {};
  return pageMetadata(
    withAlternates(provisionFacts(doc.data, getInstrument(OTTAWA_ID)), doc.data.number),
    `${provisionLabel(doc.data.number)}: ${doc.data.title} — Ottawa Treaty`,
  );
}

/** The article in the other authentic languages we hold, as hreflang alternates (none while English is alone). */
function withAlternates(facts: PageFacts, number: number): PageFacts {
  const alternates = partAlternates(authenticTexts, number);
  return Object.keys(alternates).length > 1 ? { ...facts, alternates } : facts;
}

export default async function ProvisionPage({ params }: { params: Promise<{ article: string }> }) {
  const doc = load((await params).article);
  if (!doc) notFound();
  const provision = doc.data;
  const treaty = getInstrument(OTTAWA_ID);
  const label = provisionLabel(provision.number);
  const index = ottawaProvisions.findIndex((p) => p.number === provision.number);
  const previous = ottawaProvisions[index - 1];
  const next = ottawaProvisions[index + 1];
  const notes = notesForPage({ before: provision.cite, body: doc.raw });
  const path = paths.provision(OTTAWA_ID, provision.number);
  const facts = provisionFacts(provision, treaty);
  const jsonLd = legislationLd(facts, {
    legislationName: treaty.title,
    alternateName: treaty.shortTitle,
    adopted: treaty.dates.adopted?.date,
    inForce: treaty.dates.inForce?.date,
    provision: { label, parentPath: paths.ottawa },
    textUrl: getSource(provision.cite[0]!.source).url,
  });

  return (
    <article>
      <p className="muted">
        <a href={paths.ottawa}>{treaty.shortTitle}</a>
      </p>
      <h1>
        {label}
        {provision.number > 0 && <>: {provision.title}</>}
      </h1>
      <ProvisionText provision={provision} notes={notes} label={label} path={path} treaty={treaty.shortTitle} />
      <OtherLanguages current="en" number={provision.number} />
      <MdxContent code={doc.code} notes={notes} />
      <nav className="prev-next" aria-label="Articles">
        {previous && (
          <a rel="prev" href={paths.provision(OTTAWA_ID, previous.number)}>
            ← {provisionLabel(previous.number)}: {previous.title}
          </a>
        )}
        {next && (
          <a rel="next" href={paths.provision(OTTAWA_ID, next.number)}>
            {provisionLabel(next.number)}: {next.title} →
          </a>
        )}
      </nav>
      <CopyButtons />
      <ReferenceList notes={notes} />
      <CiteThisPage facts={facts} jsonLd={jsonLd} />
      <ParagraphCitations provision={provision} treaty={treaty.shortTitle} path={path} reviewed={provision.reviewed} />
    </article>
  );
}

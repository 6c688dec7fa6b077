import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { SourceEntries } from '@/components/citations/SourceEntries';
import { bibliography, partLabel, type BibliographyType } from '@/lib/bibliography';
import { sources } from '@/lib/content';
import { latestDate } from '@/lib/dates';
import { webPageLd } from '@/lib/jsonLd';
import { derivedFacts } from '@/lib/pageFacts';
import { pageMetadata } from '@/lib/pageMetadata';
import { paths } from '@/lib/routes';

export const dynamicParams = false;

export function generateStaticParams() {
  return bibliography(sources).map((t) => ({ type: t.type }));
}

const load = (type: string) => bibliography(sources).find((t) => t.type === type);

const typeFacts = (t: BibliographyType) =>
  derivedFacts(
    {
      title: `Sources: ${t.heading}`,
      description: `The full reference of each of the ${t.sources.length} sources of this kind that the site cites: address, archived copy and date read.`,
      path: t.path,
      family: 'site',
      ogType: 'website',
    },
    [{ reviewed: latestDate(t.sources.map((s) => s.accessed)), changes: [] }],
  );

export async function generateMetadata({ params }: { params: Promise<{ type: string }> }): Promise<Metadata> {
  const t = load((await params).type);
  return t ? pageMetadata(typeFacts(t)) : {};
}

/** One type of source: its full entries, or, for a type split by year, the list of its year pages. */
export default async function SourceTypePage({ params }: { params: Promise<{ type: string }> }) {
  const t = load((await params).type);
  if (!t) notFound();
  const facts = typeFacts(t);
  return (
    <article>
      <p className="muted">
        <a href={paths.sources}>Sources</a>
      </p>
      <h1>{t.heading}</h1>
      {t.parts.length === 0 ? (
        <>
          <p className="lede">
            {t.sources.length} sources, by title. Each has the address we read, the date we read it and a link to an
            archived copy.
          </p>
          <SourceEntries sources={t.sources} />
        </>
      ) : (
        <>
          <p className="lede">
            {t.sources.length} sources, too many for one page: each year of publication has its own page.
          </p>
          <ul className="source-years">
            {t.parts.map((p) => (
              <li key={p.part}>
                <a href={p.path}>{partLabel(p.part)}</a> ({p.sources.length})
              </li>
            ))}
          </ul>
        </>
      )}
      <CiteThisPage facts={facts} jsonLd={webPageLd(facts)} />
    </article>
  );
}

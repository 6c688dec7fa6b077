import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { SourceEntries } from '@/components/citations/SourceEntries';
import { bibliography, partLabel, partPhrase, type BibliographyPart, type BibliographyType } from '@/lib/bibliography';
import { sources } from '@/lib/content';
import { latestDate } from '@/lib/dates';
import { webPageLd } from '@/lib/jsonLd';
import { derivedFacts } from '@/lib/pageFacts';
import { pageMetadata } from '@/lib/pageMetadata';
import { paths } from '@/lib/routes';

export const dynamicParams = false;

export function generateStaticParams() {
  return bibliography(sources).flatMap((t) => t.parts.map((p) => ({ type: t.type, part: p.part })));
}

function load(type: string, part: string) {
  const t = bibliography(sources).find((b) => b.type === type);
  const index = t ? t.parts.findIndex((p) => p.part === part) : -1;
  return t && index >= 0 ? { t, index, p: t.parts[index]! } : undefined;
}

const partFacts = (t: BibliographyType, p: BibliographyPart) =>
  derivedFacts(
    {
      title: `Sources: ${t.heading}, ${partLabel(p.part)}`,
      description: `The full reference of each source of this kind ${partPhrase(p.part)} that the site cites: address, archived copy and date read.`,
      path: p.path,
      family: 'site',
      ogType: 'website',
    },
    [{ reviewed: latestDate(p.sources.map((s) => s.accessed)), changes: [] }],
  );

export async function generateMetadata({
  params,
}: {
  params: Promise<{ type: string; part: string }>;
}): Promise<Metadata> {
  const { type, part } = await params;
  const found = load(type, part);
  return found ? pageMetadata(partFacts(found.t, found.p)) : {};
}

/** One year of a type of source split by year: its full entries, with the neighbouring years. */
export default async function SourceYearPage({ params }: { params: Promise<{ type: string; part: string }> }) {
  const { type, part } = await params;
  const found = load(type, part);
  if (!found) notFound();
  const { t, p, index } = found;
  const facts = partFacts(t, p);
  const previous = t.parts[index - 1];
  const next = t.parts[index + 1];
  return (
    <article>
      <p className="muted">
        <a href={paths.sources}>Sources</a> · <a href={t.path}>{t.heading}</a>
      </p>
      <h1>
        {t.heading}: {partLabel(p.part)}
      </h1>
      <p className="lede">
        {p.sources.length} {p.sources.length === 1 ? 'source' : 'sources'} {partPhrase(p.part)}, by title. Each has the
        address we read, the date we read it and a link to an archived copy.
      </p>
      <SourceEntries sources={p.sources} />
      <nav aria-label="Other years">
        <ul className="source-years">
          {previous && (
            <li>
              Previous: <a href={previous.path}>{partLabel(previous.part)}</a>
            </li>
          )}
          {next && (
            <li>
              Next: <a href={next.path}>{partLabel(next.part)}</a>
            </li>
          )}
          <li>
            <a href={t.path}>Every year</a>
          </li>
        </ul>
      </nav>
      <CiteThisPage facts={facts} jsonLd={webPageLd(facts)} />
    </article>
  );
}

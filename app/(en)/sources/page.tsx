import type { Metadata } from 'next';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { SourceIndex } from '@/components/citations/SourceEntries';
import { Contents } from '@/components/layout/Contents';
import { bibliography, partLabel } from '@/lib/bibliography';
import { derivedFacts } from '@/lib/pageFacts';
import { pageMetadata } from '@/lib/pageMetadata';
import { latestDate } from '@/lib/dates';
import { webPageLd } from '@/lib/jsonLd';
import { paths } from '@/lib/routes';
import { sources } from '@/lib/content';

const facts = derivedFacts(
  {
    title: 'Sources',
    description:
      'Every source the site cites: treaty texts, depositary records, government statements, reports and news.',
    path: paths.sources,
    family: 'site',
    ogType: 'website',
  },
  [{ reviewed: latestDate(sources.map((s) => s.accessed)), changes: [] }],
);

export const metadata: Metadata = pageMetadata(facts);

/**
 * The bibliography's index: every source by title, each line at the source's old anchor
 * (`/sources/#source-<id>` still lands on it, without JavaScript) and linking to the full
 * entry on the page for its type (and year).
 */
export default function SourcesPage() {
  const types = bibliography(sources);
  return (
    <article>
      <h1>Sources</h1>
      <p className="lede">
        Every page cites its facts to these records: {sources.length} sources in all. Each title below leads to the full
        reference, with the address we read, the date we read it and a link to an archived copy, on a page for its kind
        of source.
      </p>
      <Contents
        entries={types.map((t) => ({ id: `type-${t.type}`, text: `${t.heading} (${t.sources.length})`, children: [] }))}
      />
      {types.map((t) => (
        <section key={t.type} aria-labelledby={`type-${t.type}`}>
          <h2 id={`type-${t.type}`}>{t.heading}</h2>
          <p>
            <a href={t.path}>
              {t.heading}: {t.sources.length} full references{t.parts.length > 0 ? ', by year' : ''}
            </a>
          </p>
          {t.parts.length === 0 ? (
            <SourceIndex sources={t.sources} />
          ) : (
            t.parts.map((p) => (
              <section key={p.part} aria-labelledby={`type-${t.type}-${p.part}`}>
                <h3 id={`type-${t.type}-${p.part}`}>
                  <a href={p.path}>{partLabel(p.part)}</a>
                </h3>
                <SourceIndex sources={p.sources} />
              </section>
            ))
          )}
        </section>
      ))}
      <CiteThisPage facts={facts} jsonLd={webPageLd(facts)} />
    </article>
  );
}

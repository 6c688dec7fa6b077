import type { Metadata } from 'next';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { derivedFacts } from '@/lib/pageFacts';
import { pageMetadata } from '@/lib/pageMetadata';
import { latestDate } from '@/lib/dates';
import { webPageLd } from '@/lib/jsonLd';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { CiteMarks } from '@/components/citations/CiteMark';
import { numberCitations } from '@/lib/citations';
import { getSource, getTerm, terms } from '@/lib/content';
import { paths, termAnchor } from '@/lib/routes';

const facts = derivedFacts(
  {
    title: 'Glossary',
    description: 'Plain-language definitions of the terms used in the law of landmines, each with its source.',
    path: paths.glossary,
    family: 'site',
    ogType: 'website',
  },
  [{ reviewed: latestDate(terms.flatMap((t) => t.sources.map((id) => getSource(id).accessed))), changes: [] }],
);

export const metadata: Metadata = pageMetadata(facts);

export default function GlossaryPage() {
  const notes = numberCitations(terms.flatMap((t) => t.sources.map((source) => ({ source }))));
  return (
    <article>
      <h1>Glossary</h1>
      <p className="lede">
        The words the treaties and policies use, in plain language. Each definition cites where it comes from.
      </p>
      <dl className="glossary">
        {terms.map((term) => (
          <div key={term.id}>
            <dt id={termAnchor(term.id)}>{term.term}</dt>
            <dd>
              {term.definition}
              <CiteMarks notes={notes} cites={term.sources.map((source) => ({ source }))} />
              {term.seeAlso.length > 0 && (
                <>
                  {' '}
                  See also:{' '}
                  {term.seeAlso.map((id, i) => (
                    <span key={id}>
                      {i > 0 && ', '}
                      <a href={`${paths.glossary}#${termAnchor(id)}`}>{getTerm(id).term}</a>
                    </span>
                  ))}
                  .
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <ReferenceList notes={notes} />
      <CiteThisPage facts={facts} jsonLd={webPageLd(facts)} />
    </article>
  );
}

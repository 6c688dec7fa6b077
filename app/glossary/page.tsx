import type { Metadata } from 'next';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { CiteMarks } from '@/components/citations/CiteMark';
import { numberCitations } from '@/lib/citations';
import { getTerm, terms } from '@/lib/content';
import { paths, termAnchor } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Glossary',
  description: 'Plain-language definitions of the terms used in the law of landmines, each with its source.',
};

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
    </article>
  );
}

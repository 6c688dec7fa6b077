import type { Metadata } from 'next';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { LanguageSwitcher } from '@/components/i18n/LanguageSwitcher';
import { withLanguageAlternates } from '@/lib/i18n/editions';
import { derivedFacts } from '@/lib/pageFacts';
import { pageMetadata } from '@/lib/pageMetadata';
import { latestDate } from '@/lib/dates';
import { webPageLd } from '@/lib/jsonLd';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { CiteMarks } from '@/components/citations/CiteMark';
import { numberCitations } from '@/lib/citations';
import {
  getInstrumentDocument,
  getProvisionDocument,
  getSource,
  getTerm,
  instruments,
  provisions,
  terms,
  topics,
} from '@/lib/content';
import { definitionRefs, termUsages } from '@/lib/glossaryUsage';
import { PROPER_NAMES, splitFirstUses, termForms, termMatcher } from '@/lib/glossaryLinks';
import { paths, termAnchor } from '@/lib/routes';

const facts = derivedFacts(
  {
    title: 'Glossary',
    description: 'Plain-language definitions of the terms used in the law of landmines, each with its source.',
    path: paths.glossary,
    family: 'site',
    ogType: 'website',
  },
  [{ reviewed: latestDate(terms.flatMap((t) => t.cite.map((c) => getSource(c.source).accessed))), changes: [] }],
);

export const metadata: Metadata = withLanguageAlternates(pageMetadata(facts), paths.glossary);

export default function GlossaryPage() {
  const notes = numberCitations(
    terms.flatMap((t) => [...t.definedIn, ...t.cite]),
    getSource,
  );
  // Other terms link on their first use in each definition.
  const matcher = termMatcher(terms.map(termForms), PROPER_NAMES.en);
  const usages = termUsages(
    [
      ...provisions.map((p) => ({
        href: paths.provision(p.instrument, p.number),
        title: p.number === 0 ? 'Preamble' : `Article ${p.number}`,
        raw: getProvisionDocument(p.instrument, p.number).raw,
      })),
      ...instruments.map((i) => ({
        href: paths.instrument(i.id),
        title: i.shortTitle,
        raw: getInstrumentDocument(i.id).raw,
      })),
      ...topics.map((t) => ({ href: paths.topic(t.data.slug), title: t.data.title, raw: t.raw })),
    ],
    matcher,
  );
  return (
    <article>
      <h1>Glossary</h1>
      <LanguageSwitcher englishPath={paths.glossary} locale="en" />
      <p className="lede">
        The words the treaties and policies use, in plain language. Each definition cites where it comes from.
      </p>
      <dl className="glossary">
        {terms.map((term) => (
          <div key={term.id}>
            <dt id={termAnchor(term.id)}>{term.term}</dt>
            <dd>
              {splitFirstUses(term.definition, matcher, new Set([term.id])).map((seg, i) =>
                seg.termId ? (
                  <a key={i} className="term" href={`#${termAnchor(seg.termId)}`}>
                    {seg.text}
                  </a>
                ) : (
                  seg.text
                ),
              )}
              <CiteMarks notes={notes} cites={term.cite} />
              {term.definedIn.length > 0 && (
                <>
                  {' '}
                  Defined in:{' '}
                  {definitionRefs(term.definedIn, provisions, instruments).map((ref, i) => (
                    <span key={`${ref.label}-${i}`}>
                      {i > 0 && '; '}
                      {ref.href ? <a href={ref.href}>{ref.label}</a> : ref.label}
                      <CiteMarks notes={notes} cites={[term.definedIn[i]!]} />
                    </span>
                  ))}
                  .
                </>
              )}
              <TermUsages term={term.term} pages={usages.get(term.id) ?? []} />
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

/** The pages that use a term; a long list folds into a native disclosure. */
function TermUsages({ term, pages }: { term: string; pages: readonly { href: string; title: string }[] }) {
  if (pages.length === 0) return null;
  const links = pages.map((u, i) => (
    <span key={u.href}>
      {i > 0 && ', '}
      <a href={u.href}>{u.title}</a>
    </span>
  ));
  if (pages.length <= 6) return <> Used in: {links}.</>;
  return (
    <details className="term-usages">
      <summary>
        “{term}” is used in {pages.length} pages
      </summary>
      {links}.
    </details>
  );
}

import type { Metadata } from 'next';
import { CiteMarks } from '@/components/citations/CiteMark';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { LanguageSwitcher } from '@/components/i18n/LanguageSwitcher';
import { numberCitations } from '@/lib/citations';
import { getSource, terms } from '@/lib/content';
import { intlLocale, localePath, localeTools } from '@/lib/i18n';
import { glossaryPageFacts } from '@/lib/i18n/editionPages';
import { editionMetadata, translatedTerm, untranslatedTerms } from '@/lib/i18n/editions';
import { editionLocale } from '@/lib/i18n/params';
import { paths, termAnchor } from '@/lib/routes';

type Params = { params: Promise<{ locale: string }> };

const facts = glossaryPageFacts;

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return editionMetadata(facts(await editionLocale(params)), paths.glossary);
}

/** The glossary in the edition's language; sources, treaty definitions and cross-references from the English terms. */
export default async function EditionGlossaryPage({ params }: Params) {
  const locale = await editionLocale(params);
  const { m } = localeTools(locale);
  const collator = new Intl.Collator(intlLocale[locale]);
  const entries = terms
    .flatMap((term) => {
      const words = translatedTerm(locale, term.id);
      return words ? [{ term, words }] : [];
    })
    .sort((a, b) => collator.compare(a.words.term, b.words.term));
  const missing = untranslatedTerms(locale);
  const notes = numberCitations(
    entries.flatMap(({ term }) => [...term.definedIn, ...term.cite]),
    getSource,
  );
  const nameOf = (id: string) => translatedTerm(locale, id)?.term;
  return (
    <article>
      <h1>{m.glossary.title}</h1>
      <LanguageSwitcher englishPath={paths.glossary} locale={locale} />
      <p className="lede">{m.glossary.lede}</p>
      <dl className="glossary">
        {entries.map(({ term, words }) => (
          <div key={term.id}>
            <dt id={termAnchor(term.id)}>{words.term}</dt>
            <dd>
              {words.definition}
              <CiteMarks notes={notes} cites={term.cite} locale={locale} />
              {term.definedIn.length > 0 && (
                <>
                  {' '}
                  {m.glossary.definedIn}{' '}
                  {term.definedIn
                    .map((c) => c.pin)
                    .filter(Boolean)
                    .join('; ')}
                  <CiteMarks notes={notes} cites={term.definedIn} locale={locale} />.
                </>
              )}
              {term.seeAlso.some(nameOf) && (
                <>
                  {' '}
                  {m.glossary.seeAlso}{' '}
                  {term.seeAlso.filter(nameOf).map((id, i) => (
                    <span key={id}>
                      {i > 0 && ', '}
                      <a href={`${localePath(locale, paths.glossary)}#${termAnchor(id)}`}>{nameOf(id)}</a>
                    </span>
                  ))}
                  .
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {missing.length > 0 && (
        <>
          <p>{m.glossary.untranslated(missing.length)}</p>
          <ul lang="en">
            {missing.map((t) => (
              <li key={t.id}>
                <a href={`${paths.glossary}#${termAnchor(t.id)}`} hrefLang="en">
                  {t.term}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <ReferenceList notes={notes} locale={locale} />
      <CiteThisPage facts={facts(locale)} locale={locale} />
    </article>
  );
}

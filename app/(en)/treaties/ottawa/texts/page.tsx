import type { Metadata } from 'next';
import { CiteMarks } from '@/components/citations/CiteMark';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { TextPairPicker } from '@/components/texts/TextPairPicker';
import { authenticTexts, getSource, provisions } from '@/lib/content';
import { authenticLanguages } from '@/lib/content/schemas';
import { webPageLd } from '@/lib/jsonLd';
import { pageMetadata } from '@/lib/pageMetadata';
import { provisionLabel, provisionNumberFromSlug } from '@/lib/provisionSlugs';
import { notesForPage } from '@/lib/pageNotes';
import { OTTAWA_ID, paths } from '@/lib/routes';
import { textsIndexFacts } from '@/lib/textPages';
import { hasText, statusLabel } from '@/lib/texts';
import { allPartNumbers } from '@/lib/texts';

const accessed = (id: string) => getSource(id).accessed;
const facts = textsIndexFacts(authenticTexts, accessed);

export const metadata: Metadata = pageMetadata(facts);

/** A language's name in English, for a language with no record yet (Intl knows all six). */
const englishName = (code: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;

export default function TextsPage() {
  const article22 = provisions.find((p) => p.instrument === OTTAWA_ID && p.number === 22);
  const withText = authenticTexts.filter(hasText);
  const notes = notesForPage({
    before: [
      ...(article22 ? article22.cite.map(({ source }) => ({ source, pin: 'Art. 22' })) : []),
      ...authenticTexts.flatMap((t) => t.record.cite),
    ],
  });
  return (
    <article>
      <p className="muted">
        <a href={paths.ottawa}>Ottawa Treaty</a>
      </p>
      <h1>The treaty in its six authentic languages</h1>
      <p className="lede">
        Under <a href={paths.provision(OTTAWA_ID, 22)}>Article 22</a>, the Arabic, Chinese, English, French, Russian and
        Spanish texts of the Ottawa Treaty are equally authentic
        {article22 && (
          <CiteMarks notes={notes} cites={article22.cite.map(({ source }) => ({ source, pin: 'Art. 22' }))} />
        )}
        . Below, each language says what official copy we found, how copies were compared and where the text is. Only an
        official copy is quoted as treaty text; a translation never is.
      </p>
      {withText.length > 1 && (
        <>
          <TextPairPicker
            texts={withText}
            parts={allPartNumbers(withText)}
            defaults={{ a: withText[0]!.record.language, b: withText[1]!.record.language, part: 1 }}
          />
          <p>
            Or choose from <a href={paths.textCompare}>every pair of languages</a>.
          </p>
        </>
      )}
      {authenticLanguages.map((code) => {
        const text = authenticTexts.find((t) => t.record.language === code);
        const headingId = `lang-${code}`;
        if (!text) {
          return (
            <section key={code} aria-labelledby={headingId} className="text-language">
              <h2 id={headingId}>{englishName(code)}</h2>
              <p>
                <strong>Not yet searched.</strong> We have not yet looked for an official copy of this text, so none is
                shown.
              </p>
            </section>
          );
        }
        const { record } = text;
        return (
          <section key={code} aria-labelledby={headingId} className="text-language">
            <h2 id={headingId}>
              {record.name}{' '}
              <span lang={record.language} dir={record.dir} className="native-name">
                {record.nativeName}
              </span>
            </h2>
            <p>
              <strong>{statusLabel(record.status)}.</strong>{' '}
              {record.status === 'not-found'
                ? 'No official copy of this text was found among the sources we hold, so this site shows no text in this language. A translation is never shown in its place.'
                : record.status === 'partial'
                  ? `Only part of an official copy could be read. Missing here: ${(record.missing ?? []).map((slug) => provisionLabel(provisionNumberFromSlug(slug) ?? 0)).join(', ')}.`
                  : `The preamble and all ${text.parts.filter((p) => p.number > 0).length} articles, quoted from an official copy.`}
            </p>
            <p>{record.note}</p>
            {record.cite.length > 0 && (
              <p className="muted">
                {record.status === 'not-found' ? 'Searched' : 'Official copies compared'}:{' '}
                {record.cite.map(({ source: id }, i) => (
                  <span key={id}>
                    {i > 0 && '; '}
                    {getSource(id).author}, <cite lang={getSource(id).language}>{getSource(id).title}</cite>
                    <CiteMarks notes={notes} cites={[{ source: id }]} />
                    {id === record.followed && record.cite.length > 1 && ' (the copy we follow)'}
                  </span>
                ))}
              </p>
            )}
            {hasText(text) && (
              <p>
                <a href={paths.textLanguage(code)} hrefLang={code}>
                  {code === 'en' ? 'Read the English text, article by article' : `Read the ${record.name} text`}
                </a>
              </p>
            )}
          </section>
        );
      })}
      <ReferenceList notes={notes} />
      <CiteThisPage facts={facts} jsonLd={webPageLd(facts)} />
    </article>
  );
}

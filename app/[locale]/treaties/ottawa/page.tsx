import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CiteMarks } from '@/components/citations/CiteMark';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { AsOf } from '@/components/facts/AsOf';
import { PartiesCount, partyCountCitations } from '@/components/facts/PartiesCount';
import { LanguageSwitcher } from '@/components/i18n/LanguageSwitcher';
import { MdxContent } from '@/components/mdx/MdxContent';
import { getFigure, getInstrument, provisions, states } from '@/lib/content';
import { localeTools, TRANSLATED_LOCALES } from '@/lib/i18n';
import { definitionIn, termHrefIn, editionFacts, editionMetadata, translatedDocument } from '@/lib/i18n/editions';
import { editionLocale } from '@/lib/i18n/params';
import { countParties } from '@/lib/ottawaStatus';
import { notesForPage } from '@/lib/pageNotes';
import { OTTAWA_ID, paths } from '@/lib/routes';

type Params = { params: Promise<{ locale: string }> };
const PATH = paths.ottawa;

export const generateStaticParams = () =>
  TRANSLATED_LOCALES.filter((locale) => translatedDocument(locale, 'instruments/ottawa')).map((locale) => ({ locale }));

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const locale = await editionLocale(params);
  const doc = translatedDocument(locale, 'instruments/ottawa');
  return doc ? editionMetadata(editionFacts(locale, PATH, doc.data, 'treaty'), PATH) : {};
}

/** Key dates of the treaty, from its record (the same facts as the English page). */
const DATES = ['adopted', 'openedForSignature', 'inForce'] as const;

export default async function EditionOttawaPage({ params }: Params) {
  const locale = await editionLocale(params);
  const doc = translatedDocument(locale, 'instruments/ottawa');
  if (!doc) notFound();
  const { m, date: formatDate } = localeTools(locale);
  const treaty = getInstrument(OTTAWA_ID);
  const reported = getFigure('ottawa-states-parties-reported');
  const count = countParties(states, treaty.asOf, reported);
  const dates = DATES.flatMap((key) => {
    const fact = treaty.dates[key];
    return fact ? [{ key, fact }] : [];
  });
  const notes = notesForPage({
    before: [...dates.flatMap((d) => d.fact.cite), ...partyCountCitations(count, reported)],
    body: doc.raw,
  });
  return (
    <article>
      <p className="muted">{m.ottawa.kicker}</p>
      <h1>{doc.data.title}</h1>
      <LanguageSwitcher englishPath={PATH} locale={locale} />
      <p className="lede">{doc.data.description}</p>
      <dl className="key-facts" aria-label={m.ottawa.keyFacts}>
        {dates.map(({ key, fact }) => (
          <div key={key} className="key-fact">
            <dt>{m.ottawa[key]}</dt>
            <dd>
              <time dateTime={fact.date}>{formatDate(fact.date)}</time>
              <CiteMarks notes={notes} cites={fact.cite} locale={locale} />
            </dd>
          </div>
        ))}
        <dt>{m.ottawa.parties}</dt>
        <dd>
          <PartiesCount count={count} reported={reported} notes={notes} locale={locale} />
        </dd>
      </dl>
      <MdxContent
        code={doc.code}
        notes={notes}
        locale={locale}
        termDefinition={definitionIn(locale)}
        termHref={termHrefIn(locale)}
      />
      <nav className="toc" aria-labelledby="toc-heading">
        <h2 id="toc-heading">{m.ottawa.articles}</h2>
        <p>{m.ottawa.articlesNote}</p>
        <ul>
          {provisions
            .filter((p) => p.instrument === OTTAWA_ID)
            .map((p) => (
              <li key={p.number}>
                <a href={paths.provision(OTTAWA_ID, p.number)} hrefLang="en">
                  {p.number === 0 ? m.ottawa.preamble : m.ottawa.article(p.number)}
                </a>
              </li>
            ))}
        </ul>
      </nav>
      <p className="muted">
        {m.ottawa.factsChecked} <AsOf date={doc.data.asOf} bare locale={locale} />.
      </p>
      <ReferenceList notes={notes} locale={locale} />
      <CiteThisPage facts={editionFacts(locale, PATH, doc.data, 'treaty')} locale={locale} />
    </article>
  );
}

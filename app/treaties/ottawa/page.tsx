import type { Metadata } from 'next';
import { CiteMarks } from '@/components/citations/CiteMark';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { AsOf } from '@/components/facts/AsOf';
import { PartiesCount, partyCountCitations } from '@/components/facts/PartiesCount';
import { MdxContent } from '@/components/mdx/MdxContent';
import { getFigure, getInstrumentDocument, provisions, states } from '@/lib/content';
import { provisionLabel } from '@/lib/provisionSlugs';
import type { DatedFact } from '@/lib/content/schemas';
import { formatDate } from '@/lib/dates';
import { countParties } from '@/lib/ottawaStatus';
import { notesForPage } from '@/lib/pageNotes';
import { OTTAWA_ID, paths } from '@/lib/routes';

const doc = getInstrumentDocument(OTTAWA_ID);
const treaty = doc.data;

export const metadata: Metadata = { title: treaty.shortTitle, description: treaty.summary };

const DATE_LABELS = [
  ['adopted', 'Adopted'],
  ['openedForSignature', 'Opened for signature'],
  ['inForce', 'Entered into force'],
] as const;

export default function OttawaTreatyPage() {
  const reported = getFigure('ottawa-states-parties-reported');
  const count = countParties(states, treaty.asOf, reported);
  const dated = DATE_LABELS.flatMap(([key, label]) => {
    const fact: DatedFact | undefined = treaty.dates[key];
    return fact ? [{ key, label, fact }] : [];
  });
  const notes = notesForPage({
    before: [...dated.flatMap((d) => d.fact.cite), ...(treaty.depositary?.cite ?? []), ...partyCountCitations(count, reported)],
    body: doc.raw,
  });

  return (
    <article>
      <p className="muted">Treaty</p>
      <h1>{treaty.title}</h1>
      <p className="lede">{treaty.summary}</p>
      <dl className="key-facts" aria-label="Key facts">
        {dated.map(({ key, label, fact }) => (
          <div key={key} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd>
              <time dateTime={fact.date}>{formatDate(fact.date)}</time>
              <CiteMarks notes={notes} cites={fact.cite} />
            </dd>
          </div>
        ))}
        {treaty.depositary && (
          <>
            <dt>Depositary</dt>
            <dd>
              {treaty.depositary.name}
              <CiteMarks notes={notes} cites={treaty.depositary.cite} />
            </dd>
          </>
        )}
        <dt>States Parties</dt>
        <dd>
          <PartiesCount count={count} reported={reported} notes={notes} />
        </dd>
      </dl>
      <MdxContent code={doc.code} notes={notes} />
      <nav className="toc" aria-labelledby="toc-heading">
        <h2 id="toc-heading">The text, article by article</h2>
        <ul>
          {provisions
            .filter((p) => p.instrument === OTTAWA_ID)
            .map((p) => (
              <li key={p.number}>
                <a href={paths.provision(OTTAWA_ID, p.number)}>
                  {provisionLabel(p.number)}
                  {p.number > 0 && `: ${p.title}`}
                </a>
              </li>
            ))}
        </ul>
      </nav>
      <p className="muted">
        Facts on this page checked <AsOf date={treaty.asOf} bare />.
      </p>
      <ReferenceList notes={notes} />
      <CiteThisPage title={treaty.shortTitle} path={paths.ottawa} asOf={treaty.asOf} />
    </article>
  );
}

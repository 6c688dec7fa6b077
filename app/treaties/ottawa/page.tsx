import type { Metadata } from 'next';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { AsOf } from '@/components/facts/AsOf';
import { PartiesCount, partyCountCitations } from '@/components/facts/PartiesCount';
import { MdxContent } from '@/components/mdx/MdxContent';
import { CompareWith } from '@/components/instruments/CompareWith';
import { KeyFacts, keyFactsCitations } from '@/components/instruments/KeyFacts';
import { PositionsTable, positionsCitations } from '@/components/instruments/PositionsTable';
import { dimensions, getFigure, getInstrumentDocument, instruments, provisions, states } from '@/lib/content';
import { provisionLabel } from '@/lib/provisionSlugs';
import { countParties } from '@/lib/ottawaStatus';
import { notesForPage } from '@/lib/pageNotes';
import { OTTAWA_ID, paths } from '@/lib/routes';
import { legislationLd } from '@/lib/jsonLd';
import { instrumentFacts } from '@/lib/pageFacts';
import { pageMetadata } from '@/lib/pageMetadata';

const doc = getInstrumentDocument(OTTAWA_ID);
const treaty = doc.data;

const facts = instrumentFacts(treaty);

export const metadata: Metadata = pageMetadata(facts);

export default function OttawaTreatyPage() {
  const reported = getFigure('ottawa-states-parties-reported');
  const count = countParties(states, treaty.asOf, reported);
  const notes = notesForPage({
    before: [...keyFactsCitations(treaty), ...partyCountCitations(count, reported)],
    body: doc.raw,
    after: positionsCitations(treaty, dimensions),
  });

  return (
    <article>
      <p className="muted">Treaty</p>
      <h1>{treaty.title}</h1>
      <p className="lede">{treaty.summary}</p>
      <KeyFacts instrument={treaty} notes={notes} supersededBy={[]}>
        <dt>States Parties</dt>
        <dd>
          <PartiesCount count={count} reported={reported} notes={notes} />
        </dd>
      </KeyFacts>
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
        <p>
          <a href={paths.texts}>The text in its six authentic languages</a> (Arabic, Chinese, English, French, Russian
          and Spanish, Art. 22): which official copies we found, each text article by article, and any two side by side.
        </p>
      </nav>
      <h2 id="point-by-point">Point by point</h2>
      <PositionsTable instrument={treaty} dimensions={dimensions} notes={notes} />
      <h2 id="compare">Compare with</h2>
      <CompareWith instrument={treaty} instruments={instruments} />
      <p className="muted">
        Facts on this page checked <AsOf date={treaty.asOf} bare />.
      </p>
      <ReferenceList notes={notes} />
      <CiteThisPage
        facts={facts}
        jsonLd={legislationLd(facts, {
          legislationName: treaty.title,
          alternateName: treaty.shortTitle,
          adopted: treaty.dates.adopted?.date,
          inForce: treaty.dates.inForce?.date,
        })}
      />
    </article>
  );
}

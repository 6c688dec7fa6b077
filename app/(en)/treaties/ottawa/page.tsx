import type { Metadata } from 'next';
import { PartiesCount, partyCountCitations } from '@/components/facts/PartiesCount';
import {
  InstrumentArticle,
  instrumentLeadCitations,
  instrumentTrailCitations,
} from '@/components/instruments/InstrumentArticle';
import { LanguageSwitcher } from '@/components/i18n/LanguageSwitcher';
import { withLanguageAlternates } from '@/lib/i18n/editions';
import { dimensions, getFigure, getInstrumentDocument, instruments, provisions, states } from '@/lib/content';
import { supersessions } from '@/lib/instruments';
import { countParties } from '@/lib/ottawaStatus';
import { notesForPage } from '@/lib/pageNotes';
import { OTTAWA_ID, paths } from '@/lib/routes';
import { instrumentFacts } from '@/lib/pageFacts';
import { pageMetadata } from '@/lib/pageMetadata';
import { provisionsOf } from '@/lib/provisionSlugs';

const doc = getInstrumentDocument(OTTAWA_ID);
const treaty = doc.data;

const facts = instrumentFacts(treaty);

export const metadata: Metadata = withLanguageAlternates(pageMetadata(facts), paths.ottawa);

/** The Ottawa Treaty at its own address: the instrument page, plus its parties count and its articles. */
export default function OttawaTreatyPage() {
  const reported = getFigure('ottawa-states-parties-reported');
  const count = countParties(states, treaty.asOf, reported);
  const notes = notesForPage({
    before: instrumentLeadCitations(treaty, { keyFacts: partyCountCitations(count, reported) }),
    body: doc.raw,
    after: instrumentTrailCitations(treaty, dimensions),
  });

  return (
    <InstrumentArticle
      instrument={treaty}
      code={doc.code}
      notes={notes}
      facts={facts}
      instruments={instruments}
      dimensions={dimensions}
      supersessions={supersessions(treaty, instruments)}
      keyFactsExtra={
        <>
          <dt>States Parties</dt>
          <dd>
            <PartiesCount count={count} reported={reported} notes={notes} />
          </dd>
        </>
      }
      articles={provisionsOf(provisions, OTTAWA_ID)}
      showReviewed
      afterTitle={<LanguageSwitcher englishPath={paths.ottawa} locale="en" />}
      articlesNote={
        <p>
          <a href={paths.texts}>The text in its six authentic languages</a> (Arabic, Chinese, English, French, Russian
          and Spanish, Art. 22): which official copies we found, each text article by article, and any two side by side.
        </p>
      }
    />
  );
}

import type { ReactNode } from 'react';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { AsOf } from '@/components/facts/AsOf';
import { MdxContent } from '@/components/mdx/MdxContent';
import { CompareWith } from './CompareWith';
import { KeyFacts, keyFactsCitations } from './KeyFacts';
import { PolicyChange, policyChangeCitations } from './PolicyChange';
import { PositionsTable, positionsCitations } from './PositionsTable';
import type { Notes } from '@/lib/citations';
import type { PolicyChange as Change } from '@/lib/compare/matrix';
import type { Citation, Dimension, Instrument, Provision } from '@/lib/content/schemas';
import type { Supersessions } from '@/lib/instruments';
import { articleLd, legislationLd } from '@/lib/jsonLd';
import type { PageFacts } from '@/lib/pageMetadata';
import { provisionLabel } from '@/lib/provisionSlugs';
import { paths } from '@/lib/routes';

const KIND_LABELS = {
  treaty: 'Treaty',
  protocol: 'Protocol',
  'national-policy': 'National policy',
  decision: 'Decision',
} as const satisfies Record<Instrument['kind'], string>;

/** Citations the page draws before its MDX body, in the order it draws them. */
export function instrumentLeadCitations(
  instrument: Instrument,
  extra: { keyFacts?: readonly Citation[]; change?: Change },
): Citation[] {
  return [...keyFactsCitations(instrument), ...(extra.keyFacts ?? []), ...policyChangeCitations(extra.change)];
}

/** Citations the page draws after its MDX body (the positions table). */
export const instrumentTrailCitations = positionsCitations;

/**
 * The page of one instrument: the Ottawa Treaty (/treaties/ottawa/) and every other instrument
 * (/instruments/<id>/) are drawn by this one component from what their routes pass in, so the
 * two cannot drift apart. Ottawa adds its States Parties count to the key facts
 * (`keyFactsExtra`), its articles (`articles`) and its review date (`showReviewed`).
 */
export function InstrumentArticle({
  instrument,
  code,
  notes,
  facts,
  instruments,
  dimensions,
  supersessions,
  change,
  keyFactsExtra,
  afterTitle,
  articlesNote,
  articles = [],
  showReviewed = false,
}: {
  instrument: Instrument;
  /** The compiled MDX body. */
  code: string;
  notes: Notes;
  facts: PageFacts;
  instruments: readonly Instrument[];
  dimensions: readonly Dimension[];
  supersessions: Supersessions<Instrument>;
  change?: Change;
  keyFactsExtra?: ReactNode;
  /** Drawn under the title (the language switcher, where the page exists in other languages). */
  afterTitle?: ReactNode;
  /** Drawn under the list of articles (where to read the text in other languages). */
  articlesNote?: ReactNode;
  articles?: readonly Pick<Provision, 'instrument' | 'number' | 'title'>[];
  showReviewed?: boolean;
}) {
  const isLaw = instrument.kind === 'treaty' || instrument.kind === 'protocol';
  return (
    <article>
      <p className="muted">
        {KIND_LABELS[instrument.kind]} · {instrument.jurisdiction}
        {instrument.actor && (
          <>
            {' '}
            · <a href={paths.usPolicy}>U.S. policy timeline</a>
          </>
        )}
      </p>
      <h1>{instrument.title}</h1>
      {afterTitle}
      <p className="lede">{instrument.summary}</p>
      <KeyFacts
        instrument={instrument}
        notes={notes}
        replaces={supersessions.replaces}
        supersededBy={supersessions.replacedBy}
      >
        {keyFactsExtra}
      </KeyFacts>
      {change && (
        <>
          <h2 id="what-changed">What changed from the previous policy</h2>
          <PolicyChange change={change} notes={notes} />
        </>
      )}
      <MdxContent code={code} notes={notes} />
      {articles.length > 0 && (
        <nav className="toc" aria-labelledby="toc-heading">
          <h2 id="toc-heading">The text, article by article</h2>
          <ul>
            {articles.map((p) => (
              <li key={p.number}>
                <a href={paths.provision(p.instrument, p.number)}>
                  {provisionLabel(p.number)}
                  {p.number > 0 && `: ${p.title}`}
                </a>
              </li>
            ))}
          </ul>
          {articlesNote}
        </nav>
      )}
      <h2 id="point-by-point">Point by point</h2>
      <PositionsTable instrument={instrument} dimensions={dimensions} notes={notes} />
      <h2 id="compare">Compare with</h2>
      <CompareWith instrument={instrument} instruments={instruments} />
      {showReviewed && (
        <p className="muted">
          Facts on this page checked <AsOf date={instrument.asOf} bare />.
        </p>
      )}
      <ReferenceList notes={notes} />
      <CiteThisPage
        facts={facts}
        jsonLd={
          isLaw
            ? legislationLd(facts, {
                legislationName: instrument.title,
                alternateName: instrument.shortTitle,
                adopted: instrument.dates.adopted?.date,
                inForce: instrument.dates.inForce?.date,
              })
            : articleLd(facts)
        }
      />
    </article>
  );
}

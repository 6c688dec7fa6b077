import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CiteMarks } from '@/components/citations/CiteMark';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { ComparisonTable, comparisonCitations } from '@/components/compare/ComparisonTable';
import { PairPicker } from '@/components/compare/PairPicker';
import { StanceLabel } from '@/components/compare/StanceLabel';
import { CopyButtons } from '@/components/interactive/CopyButtons';
import { numberCitations } from '@/lib/citations';
import { compareOn, positionLabel, versionRelation } from '@/lib/compare/matrix';
import { findPair, instrumentDate, instrumentPairs } from '@/lib/compare/order';
import { dimensions, getInstrument, instruments, getSource } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { dimensionAnchor, paths } from '@/lib/routes';
import { derivedFacts, instrumentReview } from '@/lib/pageFacts';
import type { Instrument } from '@/lib/content/schemas';
import { pageMetadata } from '@/lib/pageMetadata';
import { EmbedOffer } from '@/components/embed/EmbedOffer';
import { embedPaths, iframeSnippet } from '@/lib/embed/embeds';

export const dynamicParams = false;

export function generateStaticParams() {
  return instrumentPairs(instruments).map(([a, b]) => ({ a: a.id, b: b.id }));
}

const pairFacts = ([first, second]: readonly [Instrument, Instrument]) =>
  derivedFacts(
    {
      title: `${first.shortTitle} and ${second.shortTitle}, compared`,
      description: `Where the ${first.shortTitle} and the ${second.shortTitle} agree and differ on anti-personnel mines, point by point, with sources.`,
      path: paths.comparePair(first.id, second.id),
      family: 'compare',
    },
    [instrumentReview(first), instrumentReview(second)],
  );

const load = (a: string, b: string) => findPair(instruments, a, b);

export async function generateMetadata({ params }: { params: Promise<{ a: string; b: string }> }): Promise<Metadata> {
  const { a, b } = await params;
  const pair = load(a, b);
  if (!pair) return {};
  return pageMetadata(pairFacts(pair));
}

export default async function PairPage({ params }: { params: Promise<{ a: string; b: string }> }) {
  const { a, b } = await params;
  const pair = load(a, b);
  if (!pair) notFound();
  const [first, second] = pair;
  const { differ, agree } = compareOn(pair, dimensions);
  const path = paths.comparePair(first.id, second.id);
  // Two versions of one actor's policy: say whether they are consecutive, and what changed.
  const relation = versionRelation(pair, instruments);
  const sameActor = relation !== 'unrelated';
  const notes = numberCitations(
    [
      ...[...differ, ...agree].flatMap((r) => r.positions.flatMap((p) => p.cite)),
      ...comparisonCitations(pair, dimensions),
    ],
    getSource,
    { cards: 'shared' },
  );
  const title = `${first.shortTitle} and ${second.shortTitle}`;

  return (
    <article className="wide">
      <p className="muted">
        <a href={paths.compare}>Compare</a>
      </p>
      <h1>{title}, compared</h1>
      <p className="lede">
        <a href={paths.instrument(first.id)}>{first.shortTitle}</a> ({formatDate(instrumentDate(first))}) and{' '}
        <a href={paths.instrument(second.id)}>{second.shortTitle}</a> ({formatDate(instrumentDate(second))}) differ on{' '}
        {differ.length} of {dimensions.length} points and take the same position on {agree.length}. A point that one of
        them does not address counts as a difference when the other does address it: silence is counted neither as
        agreement nor as permission.
        {sameActor &&
          (relation === 'consecutive'
            ? ' The second directly followed the first.'
            : ' Other versions of this policy came in between; see the U.S. policy timeline.')}
      </p>
      <h2 id="differ">{sameActor ? 'What changed' : 'Where they differ'}</h2>
      {differ.length === 0 ? (
        <p>They take the same position on every point.</p>
      ) : (
        <DimensionList rows={differ} pair={pair} notes={notes} />
      )}
      <h2 id="agree">Where they take the same position</h2>
      {agree.length === 0 ? <p>On no point.</p> : <DimensionList rows={agree} pair={pair} notes={notes} />}
      <h2 id="side-by-side">Side by side</h2>
      <ComparisonTable
        instruments={pair}
        dimensions={dimensions}
        notes={notes}
        caption={`${title}: every point of comparison`}
        pagePath={path}
      />
      <PairPicker instruments={instruments} defaults={[first.id, second.id]} />
      <CopyButtons />
      <ReferenceList notes={notes} />
      <EmbedOffer
        what="this comparison"
        snippets={[
          {
            label: 'The two instruments, stance by stance (iframe)',
            code: iframeSnippet({
              path: embedPaths.pair(first.id, second.id),
              title: `${title}, compared`,
              width: 640,
              height: 520,
            }),
          },
        ]}
      />
      <CiteThisPage facts={pairFacts(pair)} />
    </article>
  );
}

function DimensionList({
  rows,
  pair,
  notes,
}: {
  rows: ReturnType<typeof compareOn>['differ'];
  pair: readonly [ReturnType<typeof getInstrument>, ReturnType<typeof getInstrument>];
  notes: ReturnType<typeof numberCitations>;
}) {
  return (
    <dl className="pair-list">
      {rows.map((row) => (
        <div key={row.dimension.id} className="pair-item">
          <dt>
            <a href={`#${dimensionAnchor(row.dimension.id)}`}>{row.dimension.label}</a>
          </dt>
          {row.positions.map((p, i) => (
            <dd key={pair[i]!.id}>
              <span className="pair-instrument">{pair[i]!.shortTitle}:</span>{' '}
              <StanceLabel stance={p.stance} label={positionLabel(row.dimension, p)} /> {p.summary}
              <CiteMarks notes={notes} cites={p.cite} />
            </dd>
          ))}
        </div>
      ))}
    </dl>
  );
}

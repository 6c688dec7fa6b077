import type { Metadata } from 'next';
import { derivedFacts, instrumentReview } from '@/lib/pageFacts';
import { pageMetadata } from '@/lib/pageMetadata';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { ComparisonTable, comparisonCitations } from '@/components/compare/ComparisonTable';
import { PairPicker } from '@/components/compare/PairPicker';
import { CopyButtons } from '@/components/interactive/CopyButtons';
import { Contents } from '@/components/layout/Contents';
import { numberCitations } from '@/lib/citations';
import { buildMatrix, stanceLabels } from '@/lib/compare/matrix';
import { FEATURED_PAIRS } from '@/lib/compare/featured';
import { orderInstruments } from '@/lib/compare/order';
import { dimensions, getInstrument, instruments, getSource } from '@/lib/content';
import { stances } from '@/lib/content/schemas';
import { REFERENCES_ID, dimensionAnchor, paths } from '@/lib/routes';
import { Island } from '@/components/interactive/Island';
import { COLUMN_TOGGLES_CSS_PATH, SHOW_PARAM, columnToggleId } from '@/lib/compare/columnToggles';

const facts = derivedFacts(
  {
    title: 'Compare: the Ottawa Treaty, Amended Protocol II and U.S. policy, point by point',
    description:
      'Every landmine instrument on this site side by side on the same points of comparison, each cell with its sources.',
    path: paths.compare,
    family: 'compare',
    ogType: 'website',
  },
  instruments.map(instrumentReview),
);

export const metadata: Metadata = pageMetadata(facts);

export default function ComparePage() {
  const { columns, rows } = buildMatrix(instruments, dimensions);
  // Hundreds of marks: each source's hover card once per page, not once per cell.
  const notes = numberCitations(comparisonCitations(columns, dimensions), getSource, { cards: 'shared' });
  return (
    <article className="wide">
      <h1>Compare the instruments, point by point</h1>
      <p className="lede">
        {columns.length} instruments on {rows.length} points of comparison. Each cell gives the instrument&apos;s stance
        in a word ({stances.map((s) => stanceLabels[s]).join(', ')}), a sentence of explanation and its sources. Where
        those words do not fit a point, it has a scale of its own:{' '}
        {rows
          .flatMap(({ dimension: d }) =>
            d.scale ? [`${d.label.toLowerCase()} (${d.scale.map((l) => l.label).join('; ')})`] : [],
          )
          .join(', and ')}
        . Treaties come first, then U.S. executive policies and U.S. legislation, each in date order.
      </p>
      <Contents
        entries={[
          { id: 'most-asked', text: 'Most asked', children: [] },
          { id: 'choose-two', text: 'Choose any two', children: [] },
          {
            id: 'matrix',
            text: 'Every instrument, point by point',
            children: dimensions.map((d) => ({ id: dimensionAnchor(d.id), text: d.label, children: [] })),
          },
          { id: REFERENCES_ID, text: 'Sources', children: [] },
        ]}
      />
      <h2 id="most-asked">Most asked</h2>
      <ul>
        {FEATURED_PAIRS.map(([a, b]) => (
          <li key={`${a}-${b}`}>
            <a href={paths.comparePair(...orderedPair(a, b))}>
              {getInstrument(a).shortTitle} and {getInstrument(b).shortTitle}
            </a>
          </li>
        ))}
      </ul>
      <h2 id="choose-two">Choose any two</h2>
      <PairPicker instruments={columns} />
      <p>
        Open data: the whole matrix as <a href="/data/compare.json">JSON</a> or <a href="/data/compare.csv">CSV</a>.
        What each point means is defined in its row.
      </p>
      <h2 id="matrix">Every instrument, point by point</h2>
      <div className="compare-view">
        <link rel="stylesheet" href={COLUMN_TOGGLES_CSS_PATH} />
        {/* A GET form: with the island, the choice is kept in the address (?show=…) to share. */}
        <form method="get" action={paths.compare} className="column-toggles" id="compare-columns">
          <fieldset>
            <legend>Show these instruments (choose any three or more)</legend>
            {columns.map((i) => (
              <label key={i.id}>
                <input type="checkbox" id={columnToggleId(i.id)} name={SHOW_PARAM} value={i.id} defaultChecked />{' '}
                {i.shortTitle}
              </label>
            ))}
          </fieldset>
          {/* Shown by the island, which reads ?show= back and then points to the address; without
              JavaScript a reload would lose the choice. */}
          <button type="submit" id="compare-columns-submit" hidden>
            Make a link to this view
          </button>
          <p className="muted" id="compare-columns-link" role="status" hidden>
            This view has its own address: copy it from the address bar to share it.
          </p>
        </form>
        <ComparisonTable
          instruments={columns}
          dimensions={dimensions}
          notes={notes}
          caption={`All ${columns.length} instruments by all ${rows.length} points of comparison`}
          captionId="compare-caption"
          pagePath={paths.compare}
          anchorCells
        />
      </div>
      <CopyButtons />
      <Island name="compare-columns" />
      <ReferenceList notes={notes} />
      <CiteThisPage facts={facts} />
    </article>
  );
}

function orderedPair(a: string, b: string): [string, string] {
  const [x, y] = orderInstruments([getInstrument(a), getInstrument(b)]);
  return [x!.id, y!.id];
}

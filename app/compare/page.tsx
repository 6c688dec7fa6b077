import type { Metadata } from 'next';
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
import { dimensions, getInstrument, instruments } from '@/lib/content';
import { stances } from '@/lib/content/schemas';
import { latestDate } from '@/lib/dates';
import { REFERENCES_ID, dimensionAnchor, paths } from '@/lib/routes';

export const metadata: Metadata = {
  title: 'Compare: the Ottawa Treaty, Amended Protocol II and U.S. policy, point by point',
  description:
    'Every landmine instrument on this site side by side on the same points of comparison, each cell with its sources.',
};

/**
 * Column checkboxes hide columns with CSS alone (`:has()`), so the "three or more" view
 * works without JavaScript. One rule per instrument, generated from the content.
 */
function columnToggleCss(ids: readonly string[]) {
  return ids.map((id) => `.compare-view:has(#show-${id}:not(:checked)) [data-col="${id}"]{display:none}`).join('\n');
}

export default function ComparePage() {
  const { columns, rows } = buildMatrix(instruments, dimensions);
  const notes = numberCitations(comparisonCitations(columns, dimensions));
  const asOf = latestDate(columns.map((i) => i.asOf));
  return (
    <article className="wide">
      <h1>Compare the instruments, point by point</h1>
      <p className="lede">
        {columns.length} instruments on {rows.length} points of comparison. Each cell gives the instrument&apos;s stance
        in a word ({stances.map((s) => stanceLabels[s]).join(', ')}), a sentence of explanation and its sources.
        Treaties come first, then U.S. executive policies and U.S. legislation, each in date order.
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
        <style>{columnToggleCss(columns.map((c) => c.id))}</style>
        <fieldset className="column-toggles">
          <legend>Show these instruments (choose any three or more)</legend>
          {columns.map((i) => (
            <label key={i.id}>
              <input type="checkbox" id={`show-${i.id}`} defaultChecked /> {i.shortTitle}
            </label>
          ))}
        </fieldset>
        <ComparisonTable
          instruments={columns}
          dimensions={dimensions}
          notes={notes}
          caption={`All ${columns.length} instruments by all ${rows.length} points of comparison`}
          pagePath={paths.compare}
          anchorCells
        />
      </div>
      <CopyButtons />
      <ReferenceList notes={notes} />
      <CiteThisPage title="Compare the instruments, point by point" path={paths.compare} asOf={asOf} />
    </article>
  );
}

function orderedPair(a: string, b: string): [string, string] {
  const [x, y] = orderInstruments([getInstrument(a), getInstrument(b)]);
  return [x!.id, y!.id];
}

import type { Metadata } from 'next';
import { derivedFacts, instrumentReview } from '@/lib/pageFacts';
import { pageMetadata } from '@/lib/pageMetadata';
import { webPageLd } from '@/lib/jsonLd';
import { Contents } from '@/components/layout/Contents';
import { LanguageSwitcher } from '@/components/i18n/LanguageSwitcher';
import { withLanguageAlternates } from '@/lib/i18n/editions';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { AsOf } from '@/components/facts/AsOf';
import { PartiesCount, partyCountCitations } from '@/components/facts/PartiesCount';
import { StatesFilter } from '@/components/states/StatesFilter';
import { StatesTable } from '@/components/states/StatesTable';
import { StatusLabel } from '@/components/states/StatusLabel';
import { WorldMap } from '@/components/states/WorldMap';
import { getFigure, getInstrument, states, getSource } from '@/lib/content';
import { regions } from '@/lib/content/schemas';
import { numberCitations } from '@/lib/citations';
import { mapDates } from '@/lib/map/mapDates';
import { countParties } from '@/lib/ottawaStatus';
import { OTTAWA_ID, paths } from '@/lib/routes';
import { countByStatus, stateRows, statusDescriptions, statusLabels, statusOrder } from '@/lib/statesTable';

const facts = derivedFacts(
  {
    title: 'States and the Ottawa Treaty',
    description:
      'Every state’s status under the Ottawa Treaty (Mine Ban Convention) and CCW Amended Protocol II, computed from dated, sourced records, with a map.',
    path: paths.states,
    family: 'states',
    ogType: 'website',
  },
  [instrumentReview(getInstrument(OTTAWA_ID))],
);

export const metadata: Metadata = withLanguageAlternates(pageMetadata(facts), paths.states);

export default function StatesPage() {
  const date = getInstrument(OTTAWA_ID).asOf;
  const rows = stateRows(states, date);
  const counts = countByStatus(rows);
  const reported = getFigure('ottawa-states-parties-reported');
  const count = countParties(states, date, reported);
  const notes = numberCitations(partyCountCitations(count, reported), getSource);
  const present = statusOrder.filter((s) => (counts.get(s) ?? 0) > 0);
  const dates = mapDates(date);

  return (
    <article className="wide">
      <h1>States and the Ottawa Treaty</h1>
      <LanguageSwitcher englishPath={paths.states} locale="en" />
      <p className="lede">
        Who is bound by the Mine Ban Convention, who has left it, and who never joined, <AsOf date={date} />. Each
        status is computed from the dates in that state&apos;s record, so it is correct for the date shown and changes
        when a date passes.
      </p>
      <p>
        <PartiesCount count={count} reported={reported} notes={notes} />
      </p>
      <Contents
        entries={[
          { id: 'by-status', text: 'By status', children: [] },
          { id: 'map', text: 'Map, on any date since 1997', children: [] },
          { id: 'table', text: 'Every state', children: [] },
        ]}
      />
      <h2 id="by-status">By status</h2>
      <dl className="status-counts">
        {present.map((s) => (
          <div key={s}>
            <dt>
              <StatusLabel status={s} />
            </dt>
            <dd>
              <data value={counts.get(s)}>{counts.get(s)}</data> {counts.get(s) === 1 ? 'state' : 'states'}.{' '}
              {statusDescriptions[s]}
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        These are counts of our records. Records marked “not yet verified” are still being checked against sources and
        are not counted in any status. See <a href={paths.topic('withdrawals')}>the withdrawals of 2025–2026</a> for how
        the count of parties has moved.
      </p>
      <h2 id="map">Map</h2>
      <WorldMap rows={rows} mapDate={dates.at(-1)!} dates={dates} />
      <h2 id="table">Every state</h2>
      <StatesFilter
        tableId="states-table"
        statuses={present.map((s) => ({ value: s, label: statusLabels[s] }))}
        regions={[...regions]}
      />
      <StatesTable rows={rows} date={date} />
      <p className="muted">
        Download the records as <a href="/data/states.json">JSON</a> or <a href="/data/states.csv">CSV</a>.
      </p>
      <ReferenceList notes={notes} />
      <CiteThisPage facts={facts} jsonLd={webPageLd(facts)} />
    </article>
  );
}

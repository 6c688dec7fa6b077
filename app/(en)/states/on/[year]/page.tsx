import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AsOf } from '@/components/facts/AsOf';
import { StatusLabel } from '@/components/states/StatusLabel';
import { StatesTable } from '@/components/states/StatesTable';
import { WorldMap } from '@/components/states/WorldMap';
import { getInstrument, states } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { mapDateFor, mapDates } from '@/lib/map/mapDates';
import { OTTAWA_ID, paths } from '@/lib/routes';
import { countByStatus, stateRows, statusOrder } from '@/lib/statesTable';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { webPageLd } from '@/lib/jsonLd';
import { derivedFacts, instrumentReview } from '@/lib/pageFacts';
import { pageMetadata } from '@/lib/pageMetadata';

/**
 * Every state's status at the end of one year since 1997: the map, the counts and the table,
 * computed from the same records as /states/ for that date. One page per year, prerendered.
 */
export const dynamicParams = false;

const asOf = () => getInstrument(OTTAWA_ID).asOf;

export function generateStaticParams() {
  return mapDates(asOf())
    .filter((d) => !d.current)
    .map((d) => ({ year: String(d.year) }));
}

type Params = { params: Promise<{ year: string }> };

/** The page's title, address and review date: the Ottawa records' review, like /states/. */
const factsFor = (mapDate: { date: string; year: number }) =>
  derivedFacts(
    {
      title: `States and the Ottawa Treaty on ${formatDate(mapDate.date)}`,
      description: `Every state's status under the Ottawa Treaty on ${formatDate(mapDate.date)}, computed from dated, sourced records, with a map.`,
      path: paths.statesOn(mapDate.year),
      family: 'states',
      ogType: 'website',
    },
    [instrumentReview(getInstrument(OTTAWA_ID))],
  );

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const mapDate = mapDateFor(Number((await params).year), asOf());
  if (!mapDate) return {};
  return pageMetadata(factsFor(mapDate));
}

export default async function StatesOnDatePage({ params }: Params) {
  const mapDate = mapDateFor(Number((await params).year), asOf());
  if (!mapDate || mapDate.current) notFound();
  const rows = stateRows(states, mapDate.date);
  const counts = countByStatus(rows);
  const present = statusOrder.filter((s) => (counts.get(s) ?? 0) > 0);
  return (
    <article>
      <h1>States and the Ottawa Treaty on {formatDate(mapDate.date)}</h1>
      <p className="lede">
        Each state&apos;s status <AsOf date={mapDate.date} />, computed from the dates in its record, as on{' '}
        <a href={paths.states}>the states page</a> for today. Sources for every date are on each state&apos;s page.
      </p>
      <h2 id="by-status">By status</h2>
      <ul className="status-count-list">
        {present.map((s) => (
          <li key={s}>
            <StatusLabel status={s} />: <data value={counts.get(s)}>{counts.get(s)}</data>{' '}
            {counts.get(s) === 1 ? 'state' : 'states'}
          </li>
        ))}
      </ul>
      <p className="muted">
        Counts of our records; records not yet verified are not counted in any status. The list is of today&apos;s
        states, so one that did not yet exist on this date is counted as not a party.
      </p>
      <h2 id="map">Map</h2>
      <WorldMap rows={rows} mapDate={mapDate} dates={mapDates(asOf())} />
      <h2 id="table">Every state</h2>
      <StatesTable rows={rows} date={mapDate.date} id={`states-table-${mapDate.year}`} />
      <CiteThisPage facts={factsFor(mapDate)} jsonLd={webPageLd(factsFor(mapDate))} />
    </article>
  );
}

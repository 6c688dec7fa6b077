import { CiteMarks } from '@/components/citations/CiteMark';
import type { Notes } from '@/lib/citations';
import { getFigure, getInstrument, states } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { partiesHistoryView, partiesYearEnds, REPORTED_PARTIES_FIGURE } from '@/lib/partiesHistory';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { StackedBarChart } from '@/components/charts/StackedBarChart';
import { OTTAWA_ID, paths } from '@/lib/routes';

const PARTIES_SERIES = [{ key: 'parties', label: 'States Parties', className: 'fill-civilian' }] as const;

/** The count of States Parties over time, computed from the state records: a chart of year-end counts, then the table. */
export function PartiesCountHistory({ notes }: { notes: Notes }) {
  const reported = getFigure(REPORTED_PARTIES_FIGURE);
  const until = getInstrument(OTTAWA_ID).asOf;
  const { allVerified, years, recent } = partiesHistoryView(states, reported, until);
  const yearEnds = partiesYearEnds(states, reported, until);
  const peak = yearEnds.reduce((a, b) => (b.parties > a.parties ? b : a), yearEnds[0]!);
  return (
    <>
      {yearEnds.length > 0 && (
        <ChartFrame
          id="parties-chart"
          title={`States Parties to the Ottawa Treaty at the end of each year, ${yearEnds[0]!.year}–${yearEnds.at(-1)!.year}`}
          description={`From ${yearEnds[0]!.parties} at the end of ${yearEnds[0]!.year} to a high of ${peak.parties} in ${peak.year}, then ${yearEnds.at(-1)!.parties} on ${formatDate(until)}.`}
          source="computed from our state records (each state's dates are cited on its page); checked against the Landmine Monitor's count"
          cites={reported.cite}
          asOf={until}
          notes={notes}
          downloads={{ json: '/data/states.json', csv: '/data/states.csv' }}
          svg={<StackedBarChart rows={yearEnds} series={PARTIES_SERIES} yLabel="States Parties" xLabel="End of year" />}
          table={
            <table className="data-table">
              <caption>States Parties at the end of each year</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">States Parties</th>
                </tr>
              </thead>
              <tbody>
                {yearEnds.map((p) => (
                  <tr key={p.year}>
                    <th scope="row">
                      <time dateTime={p.date}>{formatDate(p.date)}</time>
                    </th>
                    <td>{p.parties}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
      <div className="table-scroll" role="region" aria-labelledby="parties-history-caption" tabIndex={0}>
        <table className="data-table">
          <caption id="parties-history-caption">
            States Parties to the Ottawa Treaty over time, computed from our state records
            {allVerified ? '' : ` and the figure reported on ${formatDate(reported.asOf)}`}
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">States Parties</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {years.map(({ year, value }) => (
              <tr key={year}>
                <th scope="row">End of {year}</th>
                <td>
                  <data value={value}>{value}</data>
                </td>
                <td>Year-end count from the state records (sources on each state&apos;s page)</td>
              </tr>
            ))}
            {recent.map((p) => (
              <tr key={p.date}>
                <th scope="row">
                  <time dateTime={p.date}>{formatDate(p.date)}</time>
                </th>
                <td>
                  <data value={p.count.value}>{p.count.value}</data>
                  {p.events.length === 0 && <CiteMarks notes={notes} cites={reported.cite} />}
                </td>
                <td>
                  {p.events.length === 0
                    ? 'Figure reported by the Landmine Monitor'
                    : p.events.map((e, i) => (
                        <span key={e.state.iso}>
                          <a href={paths.state(e.state.iso)}>{e.state.name}</a>{' '}
                          {e.change === 'joined' ? 'joined' : 'withdrawal took effect'}
                          <CiteMarks notes={notes} cites={e.state.ottawa.cite} />
                          {i < p.events.length - 1 ? '; ' : ''}
                        </span>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

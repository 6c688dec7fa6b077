import { CiteMarks } from '@/components/citations/CiteMark';
import type { Notes } from '@/lib/citations';
import { getFigure, getInstrument, states } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { partiesHistoryView, REPORTED_PARTIES_FIGURE } from '@/lib/partiesHistory';
import { OTTAWA_ID, paths } from '@/lib/routes';

/** The count of States Parties over time, computed from the state records. */
export function PartiesCountHistory({ notes }: { notes: Notes }) {
  const reported = getFigure(REPORTED_PARTIES_FIGURE);
  const { allVerified, years, recent } = partiesHistoryView(states, reported, getInstrument(OTTAWA_ID).asOf);
  return (
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
                        <CiteMarks notes={notes} cites={e.state.ottawa.sources.map((source) => ({ source }))} />
                        {i < p.events.length - 1 ? '; ' : ''}
                      </span>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

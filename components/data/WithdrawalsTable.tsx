import { CiteMarks } from '@/components/citations/CiteMark';
import { StatusLabel } from '@/components/states/StatusLabel';
import type { Notes } from '@/lib/citations';
import { getInstrument, states } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { ottawaStatusOn } from '@/lib/ottawaStatus';
import { OTTAWA_ID, paths } from '@/lib/routes';
import { departures } from '@/lib/statesTable';

/** Every withdrawal and suspension notice, from the state records, with today's status. */
export function WithdrawalsTable({ notes }: { notes: Notes }) {
  const date = getInstrument(OTTAWA_ID).asOf;
  const rows = departures(states);
  return (
    <div className="table-scroll" role="region" aria-labelledby="withdrawals-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="withdrawals-caption">
          Withdrawals and suspension notices under the Ottawa Treaty, from our state records, as of {formatDate(date)}
        </caption>
        <thead>
          <tr>
            <th scope="col">State</th>
            <th scope="col">Notice</th>
            <th scope="col">Notified</th>
            <th scope="col">Takes effect</th>
            <th scope="col">Status</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.state.iso}>
              <th scope="row">
                <a href={paths.state(d.state.iso)}>{d.state.name}</a>
              </th>
              <td>
                {d.kind === 'withdrawal' ? 'Withdrawal (Art. 20)' : 'Suspension (not provided for in the treaty)'}
              </td>
              <td>
                <time dateTime={d.notified}>{formatDate(d.notified)}</time>
              </td>
              <td>
                {d.effective ? (
                  <time dateTime={d.effective}>{formatDate(d.effective)}</time>
                ) : (
                  'Disputed: no effective date'
                )}
              </td>
              <td>
                <StatusLabel status={ottawaStatusOn(d.state.ottawa, date)} />
              </td>
              <td>
                <CiteMarks notes={notes} cites={d.state.ottawa.cite} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

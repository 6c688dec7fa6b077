import { CiteMarks } from '@/components/citations/CiteMark';
import { StatusLabel } from '@/components/states/StatusLabel';
import type { Notes } from '@/lib/citations';
import { getInstrument, states } from '@/lib/content';
import { localeTools, localePath, type Locale } from '@/lib/i18n';
import { ottawaStatusOn } from '@/lib/ottawaStatus';
import { OTTAWA_ID, paths } from '@/lib/routes';
import { departures } from '@/lib/statesTable';

/** Every withdrawal and suspension notice, from the state records, with today's status. */
export function WithdrawalsTable({ notes, locale = 'en' }: { notes: Notes; locale?: Locale }) {
  const { m: all, date: formatDate, stateName } = localeTools(locale);
  const m = all.withdrawals;
  const date = getInstrument(OTTAWA_ID).asOf;
  const rows = departures(states);
  return (
    <div className="table-scroll" role="region" aria-labelledby="withdrawals-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="withdrawals-caption">{m.caption(formatDate(date))}</caption>
        <thead>
          <tr>
            <th scope="col">{m.state}</th>
            <th scope="col">{m.notice}</th>
            <th scope="col">{m.notified}</th>
            <th scope="col">{m.effective}</th>
            <th scope="col">{m.status}</th>
            <th scope="col">{m.sources}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.state.iso}>
              <th scope="row">
                <a href={localePath(locale, paths.state(d.state.iso))}>{stateName(d.state)}</a>
              </th>
              <td>{d.kind === 'withdrawal' ? m.withdrawal : m.suspension}</td>
              <td>
                <time dateTime={d.notified}>{formatDate(d.notified)}</time>
              </td>
              <td>{d.effective ? <time dateTime={d.effective}>{formatDate(d.effective)}</time> : m.disputed}</td>
              <td>
                <StatusLabel status={ottawaStatusOn(d.state.ottawa, date)} locale={locale} />
              </td>
              <td>
                <CiteMarks notes={notes} cites={d.state.ottawa.cite} locale={locale} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

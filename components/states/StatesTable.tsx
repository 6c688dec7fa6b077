import { formatDate } from '@/lib/dates';
import { REFERENCES_ID, paths } from '@/lib/routes';
import type { StateRow } from '@/lib/statesTable';
import { statusOrder } from '@/lib/statesTable';
import { apiiSortDate, apiiStatusOn } from '@/lib/apii';
import { ApiiStatusText } from './ApiiStatusText';
import { StatusLabel } from './StatusLabel';

const dateCell = (iso: string | null | undefined) => (iso ? <time dateTime={iso}>{formatDate(iso)}</time> : '—');

/**
 * Every state in one table, complete in the HTML. Rows carry data-* attributes that the
 * optional filter island (StatesFilter) uses to filter and sort without re-rendering. Each
 * row links to its state's page, where every date is cited; repeating all ~400 notes here
 * would triple the page's weight and its time to interactive on a phone.
 */
export function StatesTable({
  rows,
  date,
  id = 'states-table',
}: {
  rows: readonly StateRow[];
  date: string;
  id?: string;
}) {
  return (
    // A row per state: left out of the search index, where each state's own page answers its
    // name (on /states/ and each of the yearly pages it would be half the index).
    <div
      className="table-scroll"
      role="region"
      aria-labelledby={`${id}-caption`}
      tabIndex={0}
      data-pagefind-ignore="all"
    >
      <table id={id} className="data-table states-table">
        <caption id={`${id}-caption`}>
          {/* The filter island rewrites this span alone, so the narrow-screen note keeps its own element. */}
          <span data-caption-text="">
            Every state&apos;s Ottawa Treaty status as of {formatDate(date)}, with its dates and CCW Amended Protocol II
            consent ({rows.length} states)
          </span>
          <span className="narrow-note">
            {' '}
            On a narrow screen: state, status and consent; every date is on each state&apos;s page.
          </span>
        </caption>
        <thead>
          <tr>
            {/* Rendered in name order: true with or without the sorting script. */}
            <th scope="col" data-sort="name" aria-sort="ascending">
              State
            </th>
            <th scope="col" className="col-optional" data-sort="region">
              Region
            </th>
            <th scope="col" data-sort="status">
              Status
            </th>
            <th scope="col" className="col-optional" data-sort="signed">
              Signed
            </th>
            <th scope="col" data-sort="consent">
              Ratified or acceded
            </th>
            <th scope="col" className="col-optional" data-sort="in-force">
              In force for it
            </th>
            <th scope="col" className="col-optional">
              Withdrawal or suspension
            </th>
            <th scope="col" className="col-optional" data-sort="apii">
              Amended Protocol II
            </th>
            <th scope="col" className="col-optional">
              Sources (on its page)
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ state, status, inForce }) => {
            const o = state.ottawa;
            const apii = state.ccwAmendedProtocolII;
            return (
              <tr
                key={state.iso}
                data-name={state.name}
                data-region={state.region}
                data-status={status}
                data-status-rank={statusOrder.indexOf(status)}
                data-signed={o.signed ?? ''}
                data-consent={o.consent ?? ''}
                data-in-force={inForce ?? ''}
                data-apii={apiiSortDate(apii)}
              >
                <th scope="row">
                  <a href={paths.state(state.iso)}>{state.name}</a>
                </th>
                <td className="col-optional">{state.region}</td>
                <td>
                  <StatusLabel status={status} />
                </td>
                <td className="col-optional">{o.unverified && !o.signed ? '?' : dateCell(o.signed)}</td>
                <td>
                  {o.unverified && !o.consent ? '?' : dateCell(o.consent)}
                  {o.consentType && <span className="muted"> ({o.consentType})</span>}
                </td>
                <td className="col-optional">{dateCell(inForce)}</td>
                <td className="col-optional">
                  {o.withdrawalNotified && (
                    <>
                      Notified {dateCell(o.withdrawalNotified)}
                      {o.withdrawalEffective && <>; effective {dateCell(o.withdrawalEffective)}</>}
                    </>
                  )}
                  {o.suspensionNotified && <>Suspension notified {dateCell(o.suspensionNotified)}</>}
                  {!o.withdrawalNotified && !o.suspensionNotified && '—'}
                </td>
                <td className="col-optional">
                  <ApiiStatusText status={apiiStatusOn(apii, date)} />
                </td>
                <td className="col-optional">
                  {/* The visible count starts the accessible name (WCAG 2.5.3, label in name). */}
                  <a href={`${paths.state(state.iso)}#${REFERENCES_ID}`}>
                    {o.cite.length + apii.cite.length}
                    <span className="visually-hidden"> sources for {state.name}</span>
                  </a>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

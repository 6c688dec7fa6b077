import { CiteMarks } from '@/components/citations/CiteMark';
import type { Notes } from '@/lib/citations';
import { getFigure, getInstrument, states } from '@/lib/content';
import { localeTools, localePath, type Locale } from '@/lib/i18n';
import { partiesHistoryView, partiesYearEnds, REPORTED_PARTIES_FIGURE } from '@/lib/partiesHistory';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { StackedBarChart } from '@/components/charts/StackedBarChart';
import { OTTAWA_ID, paths } from '@/lib/routes';

/** The count of States Parties over time, computed from the state records: a chart of year-end counts, then the table. */
export function PartiesCountHistory({ notes, locale = 'en' }: { notes: Notes; locale?: Locale }) {
  const { m: all, date: formatDate, number, stateName } = localeTools(locale);
  const m = all.partiesHistory;
  const series = [{ key: 'parties', label: m.parties, className: 'fill-civilian' }] as const;
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
          title={m.chartTitle(yearEnds[0]!.year, yearEnds.at(-1)!.year)}
          description={m.chartDescription(
            number(yearEnds[0]!.parties),
            yearEnds[0]!.year,
            number(peak.parties),
            peak.year,
            number(yearEnds.at(-1)!.parties),
            formatDate(until),
          )}
          source={m.chartSource}
          locale={locale}
          cites={reported.cite}
          asOf={until}
          notes={notes}
          downloads={{ json: '/data/states.json', csv: '/data/states.csv' }}
          svg={<StackedBarChart rows={yearEnds} series={series} yLabel={m.parties} xLabel={m.endOfYear} />}
          table={
            <table className="data-table">
              <caption>{m.yearEndCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.date}</th>
                  <th scope="col">{m.parties}</th>
                </tr>
              </thead>
              <tbody>
                {yearEnds.map((p) => (
                  <tr key={p.year}>
                    <th scope="row">
                      <time dateTime={p.date}>{formatDate(p.date)}</time>
                    </th>
                    <td>{number(p.parties)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
      {/* Not indexed for search: each row repeats a state's own record (its page answers the query). */}
      <div
        className="table-scroll"
        role="region"
        aria-labelledby="parties-history-caption"
        tabIndex={0}
        data-pagefind-ignore="all"
      >
        <table className="data-table">
          <caption id="parties-history-caption">
            {m.historyCaption}
            {allVerified ? '' : m.historyCaptionReported(formatDate(reported.asOf))}
          </caption>
          <thead>
            <tr>
              <th scope="col">{m.date}</th>
              <th scope="col">{m.parties}</th>
              <th scope="col">{m.change}</th>
            </tr>
          </thead>
          <tbody>
            {years.map(({ year, value }) => (
              <tr key={year}>
                <th scope="row">{m.endOf(year)}</th>
                <td>
                  <data value={value}>{number(value)}</data>
                </td>
                <td>{m.yearEndRow}</td>
              </tr>
            ))}
            {recent.map((p) => (
              <tr key={p.date}>
                <th scope="row">
                  <time dateTime={p.date}>{formatDate(p.date)}</time>
                </th>
                <td>
                  <data value={p.count.value}>{number(p.count.value)}</data>
                  {p.events.length === 0 && <CiteMarks notes={notes} cites={reported.cite} locale={locale} />}
                </td>
                <td>
                  {p.events.length === 0
                    ? m.reportedRow
                    : p.events.map((e, i) => (
                        <span key={e.state.iso}>
                          <a href={localePath(locale, paths.state(e.state.iso))}>{stateName(e.state)}</a>{' '}
                          {e.change === 'joined' ? m.joined : m.withdrawalTookEffect}
                          <CiteMarks notes={notes} cites={e.state.ottawa.cite} locale={locale} />
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

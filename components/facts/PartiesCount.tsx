import { CiteMarks } from '@/components/citations/CiteMark';
import type { Notes } from '@/lib/citations';
import type { Citation, ReportedFigure } from '@/lib/content/schemas';
import { formatDate } from '@/lib/dates';
import { paths } from '@/lib/routes';
import type { PartyCount } from '@/lib/ottawaStatus';
import { AsOf } from './AsOf';

/** Citations a party count relies on: the reported figure, then each change's state record. */
export function partyCountCitations(count: PartyCount, reported: ReportedFigure): Citation[] {
  return [...reported.cite, ...count.changes.flatMap((c) => c.state.ottawa.cite)];
}

/**
 * The number of States Parties with its date, and how we got it. When the state records
 * are not all verified yet, the page says it carries a reported figure forward.
 */
export function PartiesCount({
  count,
  reported,
  notes,
}: {
  count: PartyCount;
  reported: ReportedFigure;
  notes: Notes;
}) {
  return (
    <>
      <strong>
        <data value={count.value}>{count.value}</data> {count.value === 1 ? reported.unit.one : reported.unit.other}
      </strong>{' '}
      <AsOf date={count.asOf} />
      {count.asOf >= reported.asOf && (
        <span className="count-method">
          .{' '}
          {count.method === 'state-records' ? (
            <>
              How we count: from our dated record of every state (see <a href={paths.states}>States</a>). Check: the
              Landmine Monitor reported {reported.value} on {formatDate(reported.asOf)}
            </>
          ) : (
            <>
              How we count: {reported.value} on {formatDate(reported.asOf)}
            </>
          )}
          <CiteMarks notes={notes} cites={reported.cite} />
          {count.changes.length === 0
            ? '; our state records show no state joining or leaving since.'
            : '; since then, from our state records: '}
          {count.changes.map((c, i) => (
            <span key={`${c.state.iso}-${c.change}`}>
              {c.state.name} {c.change === 'joined' ? 'joined' : 'withdrew'} ({formatDate(c.date)})
              <CiteMarks notes={notes} cites={c.state.ottawa.cite} />
              {i < count.changes.length - 1 ? ', ' : '.'}
            </span>
          ))}
        </span>
      )}
    </>
  );
}

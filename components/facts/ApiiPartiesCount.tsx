import { CiteMarks } from '@/components/citations/CiteMark';
import type { Notes } from '@/lib/citations';
import { apiiPartiesView } from '@/lib/apiiParties';
import { AsOf } from './AsOf';

/**
 * The number of High Contracting Parties to Amended Protocol II, counted from the state records
 * with the Protocol's entry-into-force rule, and checked against the depositary list's total.
 */
export function ApiiPartiesCount({ notes }: { notes: Notes }) {
  const { count, reported } = apiiPartiesView();
  return (
    <span className="stat">
      <strong>
        <data value={count.value}>{count.value}</data> {count.value === 1 ? reported.unit.one : reported.unit.other}
      </strong>{' '}
      <AsOf date={count.asOf} />
      <CiteMarks notes={notes} cites={reported.cite} /> (counted from our state records: {count.fromConsent} bound six
      months after a dated consent, {count.fromReportedList} listed as bound by the depositary record without a date we
      could check
      {count.value === reported.value
        ? '; the depositary list gives the same total'
        : `; the depositary list gives ${reported.value}, and the difference is not yet explained`}
      )
    </span>
  );
}

/**
 * Filters and sorts the server-rendered states table in place. The controls sit in a
 * <template>, which the states-filter script copies into the page: without JavaScript the full
 * table is there and no control is shown that cannot work.
 */
import { Island } from '@/components/interactive/Island';

interface Option {
  value: string;
  label: string;
}

const SORTS: Option[] = [
  { value: 'name', label: 'Name' },
  { value: 'status', label: 'Status' },
  { value: 'region', label: 'Region' },
  { value: 'consent', label: 'Date ratified or acceded' },
  { value: 'signed', label: 'Date signed' },
  { value: 'apii', label: 'Amended Protocol II: bound since' },
];

export function StatesFilter({
  tableId,
  statuses,
  regions,
}: {
  tableId: string;
  statuses: Option[];
  regions: string[];
}) {
  return (
    <>
      <template id="states-filter-template" data-table={tableId}>
        <form className="filters" role="search" aria-label="Filter the states table">
          <label>
            Status{' '}
            <select name="status" defaultValue="">
              <option value="">All</option>
              {statuses.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Region{' '}
            <select name="region" defaultValue="">
              <option value="">All</option>
              {regions.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </label>
          <label>
            Name <input type="search" name="name" defaultValue="" />
          </label>
          <label>
            Sort by{' '}
            <select name="sort" defaultValue="name">
              {SORTS.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          {/* Filtering is live; the button is for those who expect one (and makes Enter explicit). */}
          <button type="submit">Filter</button>
          <p role="status" className="muted" />
        </form>
      </template>
      <Island name="states-filter" />
    </>
  );
}

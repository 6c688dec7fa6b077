'use client';
/**
 * Filters and sorts the server-rendered states table in place. Without JavaScript the full
 * table is there and nothing here renders, so no control is shown that cannot work.
 */
import { useEffect, useState } from 'react';

interface Option {
  value: string;
  label: string;
}

const SORTS = [
  { value: 'name', label: 'Name' },
  { value: 'status', label: 'Status' },
  { value: 'region', label: 'Region' },
  { value: 'consent', label: 'Date ratified or acceded' },
  { value: 'signed', label: 'Date signed' },
  { value: 'apii', label: 'Amended Protocol II consent' },
];

export function StatesFilter({ tableId, statuses, regions }: { tableId: string; statuses: Option[]; regions: string[] }) {
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState('');
  const [region, setRegion] = useState('');
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState('name');
  const [shown, setShown] = useState<number | null>(null);

  useEffect(() => setReady(true), []);

  useEffect(() => {
    const table = document.getElementById(tableId);
    const body = table?.querySelector('tbody');
    if (!table || !body) return;
    const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr')];
    const q = query.trim().toLowerCase();
    let count = 0;
    for (const row of rows) {
      const match = (!status || row.dataset.status === status) && (!region || row.dataset.region === region) && (!q || (row.dataset.name ?? '').toLowerCase().includes(q));
      if (row.hidden === match) row.hidden = !match; // touch the DOM only on change: the table is large
      if (match) count += 1;
    }
    const key = (row: HTMLTableRowElement) => (sort === 'status' ? (row.dataset.statusRank ?? '').padStart(2, '0') : (row.dataset[sort] ?? ''));
    // Empty dates sort last; ties keep alphabetical order.
    const sorted = [...rows].sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (!ka !== !kb) return ka ? -1 : 1;
      return ka.localeCompare(kb) || (a.dataset.name ?? '').localeCompare(b.dataset.name ?? '');
    });
    if (sorted.some((row, i) => row !== rows[i])) body.append(...sorted);
    for (const th of table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')) {
      if (th.dataset.sort === sort) th.setAttribute('aria-sort', 'ascending');
      else th.removeAttribute('aria-sort');
    }
    setShown(count);
  }, [tableId, status, region, query, sort]);

  if (!ready) return null;
  return (
    <form className="filters" role="search" aria-label="Filter the states table" onSubmit={(e) => e.preventDefault()}>
      <label>
        Status{' '}
        <select name="status" value={status} onChange={(e) => setStatus(e.target.value)}>
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
        <select name="region" value={region} onChange={(e) => setRegion(e.target.value)}>
          <option value="">All</option>
          {regions.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label>
        Name <input type="search" name="name" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <label>
        Sort by{' '}
        <select name="sort" value={sort} onChange={(e) => setSort(e.target.value)}>
          {SORTS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <p role="status" className="muted">
        {shown === null ? '' : `Showing ${shown} state${shown === 1 ? '' : 's'}.`}
      </p>
    </form>
  );
}

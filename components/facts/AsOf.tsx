import { formatDate } from '@/lib/dates';

/** "(as of 1 December 2025)", machine-readable. */
export function AsOf({ date, bare = false }: { date: string; bare?: boolean }) {
  const time = <time dateTime={date}>{formatDate(date)}</time>;
  return <span className="as-of">{bare ? time : <>(as of {time})</>}</span>;
}

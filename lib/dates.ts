/** Dates as the site shows them: "18 September 1997", from ISO strings, in UTC. */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Formats `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; undefined reads "n.d." (no date), as in a bibliography. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'n.d.';
  const [year, month, day] = iso.split('-');
  if (!month) return year!;
  const monthName = MONTHS[Number(month) - 1];
  if (!monthName) throw new Error(`Not a date: ${iso}`);
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** Adds whole months to an ISO date, keeping the day (used for Art. 20(2): six months after notification). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 + months, d));
  return date.toISOString().slice(0, 10);
}

/** First day of the month `months` after the month of `iso` (Art. 17's entry-into-force rule). */
export function firstDayOfMonthAfter(iso: string, months: number): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + months, 1)).toISOString().slice(0, 10);
}

/** The latest of some ISO dates (a page built from several records is as current as the newest). */
export function latestDate(dates: readonly string[]): string {
  return dates.reduce((a, b) => (b > a ? b : a), '');
}

/** Dated items grouped by calendar year, in the order the years first appear (sort the items first). */
export function groupByYear<T extends { date: string }>(items: readonly T[]): { year: string; items: T[] }[] {
  const years = new Map<string, T[]>();
  for (const item of items) {
    const year = item.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), item]);
  }
  return [...years].map(([year, list]) => ({ year, items: list }));
}

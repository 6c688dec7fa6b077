/**
 * The dates the status map is drawn for: the end of each year from the treaty's adoption
 * (1997) to the last full year, then the site's "as of" date. Each is prerendered as its own
 * SVG and page, so a reader can pick a year with plain links (no JavaScript).
 */

export const FIRST_MAP_YEAR = 1997;

export interface MapDate {
  year: number;
  /** ISO date the statuses are computed for. */
  date: string;
  /** True for the current map (the "as of" date), which /states/ itself shows. */
  current: boolean;
}

export function mapDates(asOf: string): MapDate[] {
  const lastYear = Number(asOf.slice(0, 4));
  const years = Array.from({ length: lastYear - FIRST_MAP_YEAR }, (_, i) => FIRST_MAP_YEAR + i);
  return [
    ...years.map((year) => ({ year, date: `${year}-12-31`, current: false })),
    { year: lastYear, date: asOf, current: true },
  ];
}

/** The map date for a year, or undefined if no map is drawn for it. */
export function mapDateFor(year: number, asOf: string): MapDate | undefined {
  return mapDates(asOf).find((d) => d.year === year);
}

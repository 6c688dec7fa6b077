/**
 * How the number of States Parties has moved: the count on each date that changed it, worked
 * out with countParties (lib/ottawaStatus) so it always agrees with the count shown elsewhere.
 */
import type { ReportedFigure, StateRecord } from './content/schemas';
import { countParties, type PartyCount } from './ottawaStatus';

/** The reported figure the count is carried forward from while records are incomplete. */
export const REPORTED_PARTIES_FIGURE = 'ottawa-states-parties-reported';

export interface HistoryPoint {
  date: string;
  count: PartyCount;
  /** What happened on that date, from the records. */
  events: { state: StateRecord; change: 'joined' | 'withdrew' }[];
}

export function partiesHistory(
  states: readonly StateRecord[],
  reported: ReportedFigure,
  until: string,
): HistoryPoint[] {
  const allVerified = states.length > 0 && states.every((s) => !s.ottawa.unverified);
  const changeDates = new Map<string, HistoryPoint['events']>();
  const add = (date: string, state: StateRecord, change: 'joined' | 'withdrew') =>
    changeDates.set(date, [...(changeDates.get(date) ?? []), { state, change }]);
  for (const state of states) {
    const { consent, withdrawalEffective } = state.ottawa;
    if (consent && consent <= until) add(consent, state, 'joined');
    if (withdrawalEffective && withdrawalEffective <= until) add(withdrawalEffective, state, 'withdrew');
  }
  // Without a complete set of records, history can only run forward from the reported figure.
  const start = allVerified ? '0000-00-00' : reported.asOf;
  const dates = [...changeDates.keys()].filter((d) => d > start).sort();
  const points: HistoryPoint[] = allVerified
    ? []
    : [{ date: reported.asOf, count: countParties(states, reported.asOf, reported), events: [] }];
  for (const date of dates)
    points.push({ date, count: countParties(states, date, reported), events: changeDates.get(date)! });
  return points;
}

/** Changes from this date on are listed one by one; earlier years are summarised. */
export const DETAIL_FROM = '2025-01-01';

/**
 * What the history table shows: year-end counts up to DETAIL_FROM (only when every record is
 * verified, since earlier counts need the full set), then each change since, one by one.
 */
export function partiesHistoryView(states: readonly StateRecord[], reported: ReportedFigure, until: string) {
  const points = partiesHistory(states, reported, until);
  const allVerified = points[0]?.count.method === 'state-records';
  const recent = points.filter((p) => p.date >= DETAIL_FROM || !allVerified);
  const lastYear = Number(until.slice(0, 4));
  const years = allVerified
    ? Array.from({ length: lastYear - 1998 }, (_, i) => 1999 + i)
        .filter((y) => `${y}-12-31` < DETAIL_FROM)
        .map((year) => ({ year, value: countParties(states, `${year}-12-31`, reported).value }))
    : [];
  return { allVerified, years, recent };
}

/**
 * The count at the end of each year from 1999 (the treaty's entry into force) to the "as of"
 * date, for the chart of membership over time. Empty unless every record is verified, since
 * a past count needs the full set of records.
 */
export function partiesYearEnds(
  states: readonly StateRecord[],
  reported: ReportedFigure,
  until: string,
): { year: number; date: string; parties: number }[] {
  if (states.length === 0 || states.some((s) => s.ottawa.unverified)) return [];
  const lastYear = Number(until.slice(0, 4));
  return Array.from({ length: lastYear - 1998 }, (_, i) => 1999 + i).map((year) => {
    const date = year === lastYear ? until : `${year}-12-31`;
    return { year, date, parties: countParties(states, date, reported).value };
  });
}

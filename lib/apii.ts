/**
 * CCW Amended Protocol II for each state, computed from its consent record — never stored.
 *
 * - The Protocol itself entered into force on 3 December 1998 (UN Treaty Series registration
 *   No. 22495; the Secretary-General announced the date on 1 July 1998).
 * - For a state that consents after that, the CCW's Art. 5(4) (applied to protocols by
 *   Art. 5(3)-(4) and Art. 8): the Protocol enters into force six months after the date the state
 *   deposits its consent. A state that consented earlier is bound from 3 December 1998, or six
 *   months after its deposit if that is later.
 *
 * "Bound since", the states table, the map and every count of High Contracting Parties use these
 * functions, so a consent date is never shown as the day a state became bound.
 */
import type { StateRecord } from './content/schemas';

export const APII_ENTRY_INTO_FORCE = '1998-12-03';

type ApiiRecord = StateRecord['ccwAmendedProtocolII'];

/** Six calendar months after `iso`, clamped to the end of a shorter month (31 Aug → 28/29 Feb). */
export function sixMonthsAfter(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + 6, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The date the Protocol entered (or enters) into force for a state that deposited consent on `consent`. */
export function apiiEntryIntoForceFor(consent: string): string {
  const own = sixMonthsAfter(consent);
  return own > APII_ENTRY_INTO_FORCE ? own : APII_ENTRY_INTO_FORCE;
}

export type ApiiStatus =
  /** In force for the state on the date; `dateVerified` false when the consent date is unchecked. */
  | { kind: 'bound'; since: string; consent: string; dateVerified: boolean }
  /** Consent deposited, the six months not yet run. */
  | { kind: 'awaiting-entry-into-force'; from: string; consent: string; dateVerified: boolean }
  /** Consent date unknown; a source dated `date` lists the state as bound. */
  | { kind: 'bound-by'; date: string }
  | { kind: 'not-bound' }
  | { kind: 'unverified' };

/** What the site can say about a state and Amended Protocol II on `date`, and how sure it is. */
export function apiiStatusOn(record: ApiiRecord, date: string): ApiiStatus {
  if (record.consent) {
    const since = apiiEntryIntoForceFor(record.consent);
    const dateVerified = !record.unverified;
    if (date >= since) return { kind: 'bound', since, consent: record.consent, dateVerified };
    if (date >= record.consent)
      return { kind: 'awaiting-entry-into-force', from: since, consent: record.consent, dateVerified };
    return { kind: 'not-bound' };
  }
  // A "bound by" record says nothing about the time before its source's date.
  if (record.reportedBoundBy)
    return date >= record.reportedBoundBy ? { kind: 'bound-by', date: record.reportedBoundBy } : { kind: 'unverified' };
  return record.unverified ? { kind: 'unverified' } : { kind: 'not-bound' };
}

/** The date used to sort or filter by: the day the state became bound, or the "bound by" date. */
export function apiiSortDate(record: ApiiRecord): string {
  if (record.consent) return apiiEntryIntoForceFor(record.consent);
  return record.reportedBoundBy ?? '';
}

export interface ApiiPartyCount {
  /** States for which the Protocol is in force on `asOf`. */
  value: number;
  asOf: string;
  /** Of these, bound on a computed date from a consent date. */
  fromConsent: number;
  /** Of these, counted because a source dated on or before `asOf` lists them as bound (consent date unknown). */
  fromReportedList: number;
  /** Of those counted from a consent date, how many consent dates are not verified. */
  unverifiedDates: number;
}

/** High Contracting Parties to Amended Protocol II on a date, from the state records. */
export function countApiiParties(states: readonly StateRecord[], asOf: string): ApiiPartyCount {
  let fromConsent = 0;
  let fromReportedList = 0;
  let unverifiedDates = 0;
  for (const state of states) {
    const status = apiiStatusOn(state.ccwAmendedProtocolII, asOf);
    if (status.kind === 'bound') {
      fromConsent += 1;
      if (!status.dateVerified) unverifiedDates += 1;
    } else if (status.kind === 'bound-by') fromReportedList += 1;
  }
  return { value: fromConsent + fromReportedList, asOf, fromConsent, fromReportedList, unverifiedDates };
}

/**
 * Status under the Ottawa Treaty, computed from a state's record for any date — never stored.
 *
 * - Art. 17(2): for a state depositing after the 40th instrument, the treaty enters into force
 *   "on the first day of the sixth month after the date on which that State has deposited"; for
 *   the first 40, on 1 March 1999 (Art. 17(1)).
 * - Art. 20(2): withdrawal takes effect six months after the depositary receives the instrument;
 *   Art. 20(3): not before the end of an armed conflict the withdrawing state is engaged in.
 * - The treaty has no suspension clause: a state that says it suspends the treaty (Ukraine,
 *   2025) is shown as "contested" and still counted among the States Parties.
 */
import type { OttawaRecord, ReportedFigure, StateRecord } from './content/schemas';
import { firstDayOfMonthAfter } from './dates';

export const OTTAWA_ENTRY_INTO_FORCE = '1999-03-01';

export const ottawaStatuses = [
  'not-signed',
  'signatory',
  'awaiting-entry-into-force',
  'party',
  'withdrawal-pending',
  'withdrawn',
  'contested',
  'unverified',
] as const;
export type OttawaStatus = (typeof ottawaStatuses)[number];

/** The date the treaty entered (or enters) into force for a state, or null if it never consented. */
export function entryIntoForceFor(record: Pick<OttawaRecord, 'consent'>): string | null {
  if (!record.consent) return null;
  if (record.consent < OTTAWA_ENTRY_INTO_FORCE) {
    // Deposited before the treaty itself was in force: bound from 1 March 1999, or, for
    // instruments deposited in the six months before it, from the Art. 17(2) date.
    const own = firstDayOfMonthAfter(record.consent, 6);
    return own > OTTAWA_ENTRY_INTO_FORCE ? own : OTTAWA_ENTRY_INTO_FORCE;
  }
  return firstDayOfMonthAfter(record.consent, 6);
}

export function ottawaStatusOn(record: OttawaRecord, date: string): OttawaStatus {
  if (record.unverified) return 'unverified';
  const inForce = entryIntoForceFor(record);
  if (record.withdrawalEffective && date >= record.withdrawalEffective) return 'withdrawn';
  if (record.withdrawalNotified && date >= record.withdrawalNotified) {
    // Notified during an armed conflict: Art. 20(3) delays effect; the state's own position may differ.
    return record.withdrawalArmedConflict ? 'contested' : 'withdrawal-pending';
  }
  if (record.suspensionNotified && date >= record.suspensionNotified) return 'contested';
  if (inForce && date >= inForce) return 'party';
  if (record.consent && date >= record.consent) return 'awaiting-entry-into-force';
  if (record.signed && date >= record.signed) return 'signatory';
  return 'not-signed';
}

/** Statuses under which a state is a State Party on that day (bound, the treaty in force for it). */
export const BOUND_STATUSES: readonly OttawaStatus[] = ['party', 'withdrawal-pending', 'contested'];

export interface PartyCount {
  value: number;
  asOf: string;
  /** How the number was reached, for the page to say. */
  method: 'state-records' | 'reported-figure-adjusted';
  /** Records of states whose membership changed between the reported figure's date and `asOf`. */
  changes: { state: StateRecord; change: 'joined' | 'withdrew'; date: string }[];
}

/**
 * States Parties on a date. When every record is verified, counted from the records. Otherwise
 * a reported figure (which counts states that have deposited consent) is carried forward by the
 * withdrawals and accessions the records show after its date.
 */
export function countParties(states: readonly StateRecord[], date: string, reported: ReportedFigure): PartyCount {
  const changes = changesBetween(states, reported.asOf, date);
  if (states.length > 0 && states.every((s) => !s.ottawa.unverified)) {
    const bound = states.filter((s) => {
      const o = s.ottawa;
      return o.consent !== null && o.consent <= date && !(o.withdrawalEffective && o.withdrawalEffective <= date);
    });
    return { value: bound.length, asOf: date, method: 'state-records', changes };
  }
  if (date < reported.asOf)
    throw new Error(`The reported figure is as of ${reported.asOf}; cannot count for the earlier date ${date}`);
  const value = reported.value + changes.reduce((n, c) => n + (c.change === 'joined' ? 1 : -1), 0);
  return { value, asOf: date, method: 'reported-figure-adjusted', changes };
}

/** Accessions and withdrawals that took effect after `from`, up to and including `to`. */
function changesBetween(states: readonly StateRecord[], from: string, to: string): PartyCount['changes'] {
  const changes: PartyCount['changes'] = [];
  for (const state of states) {
    const { consent, withdrawalEffective } = state.ottawa;
    if (consent && consent > from && consent <= to) changes.push({ state, change: 'joined', date: consent });
    if (withdrawalEffective && withdrawalEffective > from && withdrawalEffective <= to)
      changes.push({ state, change: 'withdrew', date: withdrawalEffective });
  }
  return changes.sort((a, b) => a.date.localeCompare(b.date) || a.state.name.localeCompare(b.state.name));
}

/**
 * What the states page, the state pages and the map show for each state: its Ottawa status
 * on a date (computed by lib/ottawaStatus), the dates behind it, and its Amended Protocol II
 * consent. Pure functions over the state records.
 */
import type { StateRecord } from './content/schemas';
import { entryIntoForceFor, ottawaStatusOn, type OttawaStatus } from './ottawaStatus';

export const statusLabels: Record<OttawaStatus, string> = {
  party: 'State Party',
  'awaiting-entry-into-force': 'Joined, not yet in force',
  signatory: 'Signed, not ratified',
  'not-signed': 'Not a party',
  'withdrawal-pending': 'Withdrawal pending',
  withdrawn: 'Withdrawn',
  contested: 'Contested',
  unverified: 'Not yet verified',
};

/** One sentence per status, for legends and filters. */
export const statusDescriptions: Record<OttawaStatus, string> = {
  party: 'Bound by the treaty: it has ratified or acceded and the treaty is in force for it.',
  'awaiting-entry-into-force':
    'Has deposited its consent; the treaty enters into force for it on the first day of the sixth month after (Art. 17).',
  signatory: 'Signed in 1997–1999 but never ratified.',
  'not-signed': 'Has neither signed nor acceded.',
  'withdrawal-pending': 'Has notified withdrawal; it takes effect six months after the notice (Art. 20(2)).',
  withdrawn: 'Was a State Party; its withdrawal has taken effect.',
  contested:
    'Has notified a suspension, which the treaty does not provide for, or a withdrawal that cannot take effect while it is at war (Art. 20(3)); still counted as a State Party.',
  unverified: 'Our record for this state has not yet been checked against a source; no status is claimed.',
};

/** Display order of statuses (legends, filters, sorting by status). */
export const statusOrder: readonly OttawaStatus[] = [
  'party',
  'awaiting-entry-into-force',
  'contested',
  'withdrawal-pending',
  'withdrawn',
  'signatory',
  'not-signed',
  'unverified',
];

export interface StateRow {
  state: StateRecord;
  status: OttawaStatus;
  inForce: string | null;
}

export function stateRows(states: readonly StateRecord[], date: string): StateRow[] {
  return [...states]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((state) => ({ state, status: ottawaStatusOn(state.ottawa, date), inForce: entryIntoForceFor(state.ottawa) }));
}

export function countByStatus(rows: readonly StateRow[]): Map<OttawaStatus, number> {
  const counts = new Map<OttawaStatus, number>(statusOrder.map((s) => [s, 0]));
  for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  return counts;
}

export interface Departure {
  state: StateRecord;
  kind: 'withdrawal' | 'suspension';
  notified: string;
  effective: string | null;
}

/** Withdrawals and suspension notices, in the order they were notified. */
export function departures(states: readonly StateRecord[]): Departure[] {
  return states
    .flatMap((state): Departure[] => {
      const o = state.ottawa;
      if (o.withdrawalNotified)
        return [
          { state, kind: 'withdrawal', notified: o.withdrawalNotified, effective: o.withdrawalEffective ?? null },
        ];
      if (o.suspensionNotified) return [{ state, kind: 'suspension', notified: o.suspensionNotified, effective: null }];
      return [];
    })
    .sort((a, b) => a.notified.localeCompare(b.notified) || a.state.name.localeCompare(b.state.name));
}

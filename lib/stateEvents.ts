/**
 * A state's dated steps under the Ottawa Treaty, oldest first, as its page lists them: what it
 * did (signature, consent, withdrawal, suspension) and what the treaty fixes from those dates
 * (entry into force, the Article 4 and Article 5 deadlines).
 */
import { article4Deadline, article5On, article5OriginalDeadline } from './article5';
import type { StateRecord } from './content/schemas';
import { entryIntoForceFor, ottawaStatusOn } from './ottawaStatus';

export interface StateEvent {
  date: string;
  what: string;
  /** After the date the page describes the state on. */
  future: boolean;
}

export function ottawaEvents(state: StateRecord, date: string): StateEvent[] {
  const o = state.ottawa;
  const status = ottawaStatusOn(o, date);
  const inForce = entryIntoForceFor(o);
  // A state that never joined has no stockpile deadline, even when it once signed.
  const stockpileDeadline = status === 'not-signed' || status === 'signatory' ? null : article4Deadline(state);
  const hasArticle5Record = article5On(state, date).kind !== 'no-record';
  const events: (Omit<StateEvent, 'future'> | false | null | undefined | '')[] = [
    o.signed && { date: o.signed, what: 'Signed the treaty' },
    o.consent && { date: o.consent, what: `Deposited its instrument of ${o.consentType ?? 'consent'}` },
    inForce && { date: inForce, what: 'Treaty entered into force for it (Art. 17)' },
    stockpileDeadline && {
      date: stockpileDeadline,
      what: 'Deadline to destroy any stockpiled anti-personnel mines (Art. 4: four years after entry into force)',
    },
    hasArticle5Record &&
      inForce && {
        date: article5OriginalDeadline(state) ?? inForce,
        what: 'Original deadline to clear mined areas (Art. 5(1): ten years after entry into force)',
      },
    o.withdrawalNotified && { date: o.withdrawalNotified, what: 'Notified its withdrawal (Art. 20)' },
    o.withdrawalEffective && { date: o.withdrawalEffective, what: 'Withdrawal took effect' },
    o.suspensionNotified && {
      date: o.suspensionNotified,
      what: 'Notified the UN that it suspends the treaty (contested)',
    },
  ];
  return events
    .filter((e): e is Omit<StateEvent, 'future'> => Boolean(e))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => ({ ...e, future: e.date > date }));
}

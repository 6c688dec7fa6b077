/**
 * A state's status summary in a French or Spanish edition: the same computed facts as its
 * English page (status, dates, Article 5 position on the records' date), written in the locale.
 */
import { article5On, type Article5Status } from '../article5';
import type { StateRecord } from '../content/schemas';
import { entryIntoForceFor, ottawaStatusOn, type OttawaStatus } from '../ottawaStatus';
import { localeTools, type LocaleTools } from './index';
import type { Locale } from './locales';

export interface DatedRow {
  label: string;
  /** ISO date, for <time>. */
  date: string;
}

export interface StateSummary {
  status: OttawaStatus;
  rows: DatedRow[];
  article5: string | null;
}

/** The Article 5 position in one line, for the summary's "Article 5" row. */
export function article5Line(status: Article5Status, date: string, t: LocaleTools): string | null {
  const m = t.m.state;
  switch (status.kind) {
    case 'no-record':
      return null;
    case 'completed':
      return status.unverified
        ? m.art5CompletedUnverified(t.date(status.declared))
        : m.art5Completed(t.date(status.declared));
    case 'open':
      return `${m.art5Open(t.date(status.deadline), t.date(date))}, ${status.setBy ? m.art5OpenExtended : m.art5OpenOriginal}`;
    case 'passed-no-extension-found':
      return `${m.art5Passed(t.date(status.deadline), t.date(date))}${status.pending ? `; ${m.art5Pending}` : ''}`;
  }
}

export function stateSummary(state: StateRecord, date: string, locale: Locale): StateSummary {
  const t = localeTools(locale);
  const m = t.m.state;
  const o = state.ottawa;
  const inForce = entryIntoForceFor(o);
  const rows: (DatedRow | null)[] = [
    o.signed ? { label: m.signed, date: o.signed } : null,
    o.consent
      ? { label: o.consentType ? `${m.consent} (${t.m.consentKinds[o.consentType]})` : m.consent, date: o.consent }
      : null,
    inForce ? { label: m.inForce, date: inForce } : null,
    o.withdrawalNotified ? { label: m.withdrawalNotified, date: o.withdrawalNotified } : null,
    o.withdrawalEffective ? { label: m.withdrawalEffective, date: o.withdrawalEffective } : null,
    o.suspensionNotified ? { label: m.suspensionNotified, date: o.suspensionNotified } : null,
  ];
  return {
    status: ottawaStatusOn(o, date),
    rows: rows.filter((r): r is DatedRow => r !== null),
    article5: article5Line(article5On(state, date), date, t),
  };
}

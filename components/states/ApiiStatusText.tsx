import { formatDate } from '@/lib/dates';
import type { ApiiStatus } from '@/lib/apii';

const when = (iso: string) => <time dateTime={iso}>{formatDate(iso)}</time>;

/**
 * A state's Amended Protocol II status in words, saying how certain the date is. "Bound since"
 * is the computed entry into force (six months after consent), never the consent date itself.
 */
export function ApiiStatusText({ status }: { status: ApiiStatus }) {
  switch (status.kind) {
    case 'bound':
      return (
        <>
          Bound since {when(status.since)} (consent deposited {when(status.consent)}
          {status.dateVerified ? '' : ', date not verified'})
        </>
      );
    case 'awaiting-entry-into-force':
      return (
        <>
          Consent deposited {when(status.consent)}
          {status.dateVerified ? '' : ' (date not verified)'}; bound from {when(status.from)}
        </>
      );
    case 'bound-by':
      return <>Bound by {when(status.date)} at the latest (consent date not verified)</>;
    case 'not-bound':
      return <>Not bound</>;
    case 'unverified':
      return <>Not yet verified</>;
  }
}

import { formatDate } from '@/lib/dates';
import type { ApiiStatus } from '@/lib/statesTable';

const when = (iso: string) => <time dateTime={iso}>{formatDate(iso)}</time>;

/** A state's Amended Protocol II status in words, saying how certain the date is. */
export function ApiiStatusText({ status }: { status: ApiiStatus }) {
  switch (status.kind) {
    case 'bound':
      return (
        <>
          Bound since {when(status.date)}
          {status.dateVerified ? '' : ' (date not verified)'}
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

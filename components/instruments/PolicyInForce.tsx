import { CiteMarks } from '@/components/citations/CiteMark';
import { AsOf } from '@/components/facts/AsOf';
import type { Notes } from '@/lib/citations';
import { instrumentDate } from '@/lib/compare/order';
import type { Instrument } from '@/lib/content/schemas';
import { formatDate } from '@/lib/dates';
import { paths } from '@/lib/routes';

/** The citations of the line, for the page's notes. */
export const policyInForceCitations = (policy: Instrument) =>
  (policy.dates.adopted ?? policy.dates.announced ?? policy.dates.inForce)?.cite ?? [];

/** One line: the policy in force on a date (computed by lib/policyInForce), linked, with its summary. */
export function PolicyInForce({ policy, date, notes }: { policy: Instrument; date: string; notes: Notes }) {
  return (
    <p className="policy-in-force">
      <strong>In force today</strong> <AsOf date={date} />:{' '}
      <a href={paths.instrument(policy.id)}>{policy.shortTitle}</a> (
      <time dateTime={instrumentDate(policy)}>{formatDate(instrumentDate(policy))}</time>
      <CiteMarks notes={notes} cites={policyInForceCitations(policy)} />
      ). {policy.summary}
    </p>
  );
}

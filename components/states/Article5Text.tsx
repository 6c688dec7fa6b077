import { CiteMarks } from '@/components/citations/CiteMark';
import type { Notes } from '@/lib/citations';
import { article5Citations, type Article5Status } from '@/lib/article5';
import type { StateRecord } from '@/lib/content/schemas';
import { formatDate } from '@/lib/dates';

const when = (iso: string) => <time dateTime={iso}>{formatDate(iso)}</time>;

/** A short label for a table cell: the deadline in force on `date`, or what replaced it. */
export function Article5Cell({ status }: { status: Article5Status }) {
  switch (status.kind) {
    case 'no-record':
      return <>—</>;
    case 'completed':
      return (
        <>
          Completed ({formatDate(status.declared)}
          {status.unverified ? ', reported, not verified' : ''})
        </>
      );
    case 'open':
      return when(status.deadline);
    case 'passed-no-extension-found':
      return (
        <>
          {when(status.deadline)} (passed; no extension found
          {status.pending ? ', a request is pending' : ''})
        </>
      );
  }
}

/** The Article 5 position in a sentence, as of `date`, with its citations. */
export function Article5Sentence({
  state,
  status,
  date,
  notes,
}: {
  state: StateRecord;
  status: Article5Status;
  date: string;
  notes: Notes;
}) {
  const cites = <CiteMarks notes={notes} cites={article5Citations(state, date)} />;
  switch (status.kind) {
    case 'no-record':
      return null;
    case 'completed':
      return (
        <>
          {status.unverified ? (
            <>
              It is reported to have completed its Article 5 clearance in {formatDate(status.declared)}
              {cites}; we have not verified this against the state&apos;s own declaration or the Convention&apos;s
              records.
            </>
          ) : (
            <>
              It declared its Article 5 clearance complete in {formatDate(status.declared)}
              {cites}.
            </>
          )}
        </>
      );
    case 'open':
      return (
        <>
          Its Article 5 clearance deadline as of {when(date)} is {when(status.deadline)}
          {status.setBy ? (
            <>
              , set by an extension{status.setBy.meeting ? <> granted at the {status.setBy.meeting}</> : null}
              {status.setBy.unverified ? ' (known to us only from a copy of a secondary report; not verified)' : ''}
            </>
          ) : (
            <>, ten years after the treaty entered into force for it (Art. 5(1))</>
          )}
          {cites}.
        </>
      );
    case 'passed-no-extension-found':
      return (
        <>
          Its Article 5 clearance deadline of {when(status.deadline)} has passed, and as of {when(date)} we found no
          extension granted after it{cites}.
          {status.pending && (
            <>
              {' '}
              {status.pending.text} What we searched, as of {when(status.pending.asOf)}: {status.pending.searched}
            </>
          )}
        </>
      );
  }
}

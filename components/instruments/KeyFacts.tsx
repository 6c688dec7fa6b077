import { CiteMarks } from '@/components/citations/CiteMark';
import type { Notes } from '@/lib/citations';
import type { Citation, DatedFact, Instrument } from '@/lib/content/schemas';
import { formatDate } from '@/lib/dates';
import { paths } from '@/lib/routes';

const DATE_LABELS = [
  ['adopted', 'Adopted'],
  ['openedForSignature', 'Opened for signature'],
  ['announced', 'Announced'],
  ['inForce', 'In force'],
  ['superseded', 'Superseded'],
] as const;

function datedFacts(instrument: Instrument) {
  return DATE_LABELS.flatMap(([key, label]) => {
    const fact: DatedFact | undefined = instrument.dates[key];
    return fact ? [{ key, label, fact }] : [];
  });
}

export function keyFactsCitations(instrument: Instrument): Citation[] {
  return [
    ...datedFacts(instrument).flatMap((d) => d.fact.cite),
    ...(instrument.announcement?.cite ?? []),
    ...(instrument.depositary?.cite ?? []),
  ];
}

/** Dates, who announced it and where, depositary, and what it replaced — each cited. */
export function KeyFacts({
  instrument,
  notes,
  replaces,
  supersededBy,
  children,
}: {
  instrument: Instrument;
  notes: Notes;
  /** The instruments it replaced and those that replaced it (lib/instruments.ts). */
  replaces: readonly Instrument[];
  supersededBy: readonly Instrument[];
  children?: React.ReactNode;
}) {
  return (
    <dl className="key-facts" aria-label="Key facts">
      {datedFacts(instrument).map(({ key, label, fact }) => (
        <div key={key} className="key-fact">
          <dt>{label}</dt>
          <dd>
            <time dateTime={fact.date}>{formatDate(fact.date)}</time>
            <CiteMarks notes={notes} cites={fact.cite} />
          </dd>
        </div>
      ))}
      {instrument.announcement && (
        <>
          <dt>Announced by</dt>
          <dd>
            {instrument.announcement.by}, in “{instrument.announcement.document}”
            <CiteMarks notes={notes} cites={instrument.announcement.cite} />
          </dd>
        </>
      )}
      {instrument.depositary && (
        <>
          <dt>Depositary</dt>
          <dd>
            {instrument.depositary.name}
            <CiteMarks notes={notes} cites={instrument.depositary.cite} />
          </dd>
        </>
      )}
      {replaces.length > 0 && (
        <>
          <dt>Replaced</dt>
          <dd>
            {replaces.map((r, i) => (
              <span key={r.id}>
                <a href={paths.instrument(r.id)}>{r.shortTitle}</a>
                {i < replaces.length - 1 ? ', ' : ''}
              </span>
            ))}
          </dd>
        </>
      )}
      {supersededBy.length > 0 && (
        <>
          <dt>Replaced by</dt>
          <dd>
            {supersededBy.map((s, i) => (
              <span key={s.id}>
                <a href={paths.instrument(s.id)}>{s.shortTitle}</a>
                {i < supersededBy.length - 1 ? ', ' : ''}
              </span>
            ))}
          </dd>
        </>
      )}
      {children}
    </dl>
  );
}

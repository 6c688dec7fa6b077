import { CiteMarks } from '@/components/citations/CiteMark';
import type { Notes } from '@/lib/citations';
import type { Citation, ReportedFigure } from '@/lib/content/schemas';
import { localeTools, localePath, type Locale } from '@/lib/i18n';
import { unitIn } from '@/lib/i18n/figures';
import { paths } from '@/lib/routes';
import type { PartyCount } from '@/lib/ottawaStatus';
import { AsOf } from './AsOf';

/** Citations a party count relies on: the reported figure, then each change's state record. */
export function partyCountCitations(count: PartyCount, reported: ReportedFigure): Citation[] {
  return [...reported.cite, ...count.changes.flatMap((c) => c.state.ottawa.cite)];
}

/**
 * The number of States Parties with its date, and how we got it. When the state records
 * are not all verified yet, the page says it carries a reported figure forward.
 */
export function PartiesCount({
  count,
  reported,
  notes,
  locale = 'en',
}: {
  count: PartyCount;
  reported: ReportedFigure;
  notes: Notes;
  locale?: Locale;
}) {
  const { m: all, date: formatDate, number, stateName } = localeTools(locale);
  const m = all.partiesCount;
  const unit = locale === 'en' ? reported.unit : unitIn(locale, reported.unit);
  return (
    <>
      <strong>
        <data value={count.value}>{number(count.value)}</data> {count.value === 1 ? unit.one : unit.other}
      </strong>{' '}
      <AsOf date={count.asOf} locale={locale} />
      {count.asOf >= reported.asOf && (
        <span className="count-method">
          .{' '}
          {count.method === 'state-records' ? (
            <>
              {m.howWeCountRecords} <a href={localePath(locale, paths.states)}>{m.statesLink}</a>).{' '}
              {m.check(number(reported.value), formatDate(reported.asOf))}
            </>
          ) : (
            <>{m.howWeCountReported(number(reported.value), formatDate(reported.asOf))}</>
          )}
          <CiteMarks notes={notes} cites={reported.cite} locale={locale} />
          {count.changes.length === 0 ? m.noChanges : m.changesSince}
          {count.changes.map((c, i) => (
            <span key={`${c.state.iso}-${c.change}`}>
              {stateName(c.state)} {c.change === 'joined' ? m.joined : m.withdrew} ({formatDate(c.date)})
              <CiteMarks notes={notes} cites={c.state.ottawa.cite} locale={locale} />
              {i < count.changes.length - 1 ? ', ' : '.'}
            </span>
          ))}
        </span>
      )}
    </>
  );
}

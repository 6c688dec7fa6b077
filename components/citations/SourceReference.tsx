import type { ReactNode } from 'react';
import { referenceParts } from '@/lib/citations';
import type { Source } from '@/lib/content/schemas';
import { localeTools, messages, type Locale } from '@/lib/i18n';
import { paths } from '@/lib/routes';

/**
 * A reference to a source, drawn the one way the site draws it (the parts come from
 * `referenceParts`, as the plain-text reference does). `brief` is the hover card's form:
 * author, title and date. The full form adds the links and the access date; `record` links
 * to the source's full entry in the bibliography (from a page's notes), and `children` go just before the
 * access date (what the page cites the source for).
 */
export function SourceReference({
  source,
  brief = false,
  record = false,
  locale = 'en',
  children,
}: {
  source: Source;
  brief?: boolean;
  record?: boolean;
  /** The page's language: dates and link labels (the source's own title stays as published). */
  locale?: Locale;
  children?: ReactNode;
}) {
  const formatDate = localeTools(locale).date;
  const m = messages(locale).references;
  if (brief)
    return (
      <>
        {source.author}, <cite>{source.title}</cite>
        {source.date ? `, ${formatDate(source.date)}` : ''}
      </>
    );
  const r = referenceParts(source, formatDate);
  return (
    <>
      {r.author}, <cite>{r.title}</cite>
      {r.publisher ? `, ${r.publisher}` : ''}, {r.date}.{' '}
      <a href={r.url} rel="external">
        {m.source}
      </a>{' '}
      · <a href={r.archive}>{m.archived}</a>
      {record ? (
        <>
          {' '}
          ·{' '}
          <a href={paths.sourceRecord(source)} hrefLang={locale === 'en' ? undefined : 'en'}>
            {m.record}
          </a>
        </>
      ) : (
        '.'
      )}
      {children}
      <span className="accessed"> {m.accessed(r.accessed)}</span>
    </>
  );
}

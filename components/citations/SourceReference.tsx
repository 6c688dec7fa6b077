import type { ReactNode } from 'react';
import { referenceParts } from '@/lib/citations';
import type { Source } from '@/lib/content/schemas';
import { localeTools, messages, type Locale } from '@/lib/i18n';
import { langAttribute } from '@/lib/i18n/textLanguage';
import { paths } from '@/lib/routes';

/**
 * A reference to a source, drawn the one way the site draws it (the parts come from
 * `referenceParts`, as the plain-text reference does). `brief` is the hover card's form:
 * author, title and date. The full form adds the links and the access date; `record` links
 * to the source's full entry in the bibliography (from a page's notes), and `children` go just before the
 * access date (what the page cites the source for).
 *
 * On a French or Spanish page, the source's own words (author, title, publisher) stay as
 * published and carry their language (`lang="en"` for an English title), so a screen reader
 * reads them right; dates and labels are the page's.
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
  const m = messages(locale);
  // English pages mark nothing (the page is English, a foreign title was never marked there).
  const langOf = (text: string, declared?: string) =>
    locale === 'en' ? undefined : langAttribute(text, locale, declared);
  const own = (text: string) => {
    const lang = langOf(text);
    return lang ? <span lang={lang}>{text}</span> : text;
  };
  const title = (text: string) => <cite lang={langOf(text, source.language)}>{text}</cite>;
  if (brief)
    return (
      <>
        {own(source.author)}, {title(source.title)}
        {source.date ? `, ${formatDate(source.date)}` : ''}
      </>
    );
  const r = referenceParts(source, formatDate);
  return (
    <>
      {own(r.author)}, {title(r.title)}
      {r.publisher ? <>, {own(r.publisher)}</> : ''}, {r.date}.{' '}
      <a href={r.url} rel="external">
        {m.references.source}
      </a>{' '}
      · <a href={r.archive}>{m.references.archived}</a>
      {record ? (
        <>
          {' '}
          ·{' '}
          {locale === 'en' ? (
            <a href={paths.sourceRecord(source)}>{m.references.record}</a>
          ) : (
            // The bibliography exists in English only: said, and marked for the browser.
            <>
              <a href={paths.sourceRecord(source)} hrefLang="en">
                {m.references.record}
              </a>{' '}
              ({m.language.englishOnly})
            </>
          )}
        </>
      ) : (
        '.'
      )}
      {children}
      <span className="accessed"> {m.references.accessed(r.accessed)}</span>
    </>
  );
}

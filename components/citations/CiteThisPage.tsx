import { CopyButton } from '@/components/compare/CopyCell';
import { CopyButtons } from '@/components/interactive/CopyButtons';
import { JsonLd } from '@/components/metadata/JsonLd';
import { articleLd, type JsonLdNode } from '@/lib/jsonLd';
import type { PageFacts } from '@/lib/pageMetadata';
import { citationFormats, type CitationFormats } from '@/lib/citation/pageCitation';
import { localeTools, type Locale } from '@/lib/i18n';
import { sectionOf } from '@/lib/search/sections';
import { absoluteUrl, reportErrorHref } from '@/lib/site';
import { paths } from '@/lib/routes';

/** The about page's section on reporting errors: the way to report one when no address is set. */
const REPORTING_AN_ERROR = `${paths.about}#reporting-an-error`;

const FORMATS: { key: keyof CitationFormats; label: string; code?: boolean }[] = [
  { key: 'apa', label: 'APA 7' },
  { key: 'mla', label: 'MLA 9' },
  { key: 'chicago', label: 'Chicago 17' },
  { key: 'bibtex', label: 'BibTeX', code: true },
  { key: 'ris', label: 'RIS', code: true },
  { key: 'csl', label: 'CSL-JSON', code: true },
];

/** One reference in every format, each selectable as text and with a copy button. */
export function CitationFormatList({
  formats,
  what,
  copyLabel = (label) => `${label} citation of ${what}`,
  locale = 'en',
}: {
  formats: CitationFormats;
  what: string;
  copyLabel?: (format: string) => string;
  locale?: Locale;
}) {
  return (
    <dl className="citation-formats">
      {FORMATS.map(({ key, label, code }) => (
        <div key={key} data-citation-format={key}>
          <dt>{label}</dt>
          <dd>
            {code ? <pre>{formats[key]}</pre> : <p>{formats[key]}</p>}
            <CopyButton text={formats[key]} label={copyLabel(label)} locale={locale} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The foot of every content page: when it was last reviewed and what changed (from its content
 * file), how to report an error, and the page's reference in six formats (APA shown, the rest in
 * a disclosure that opens without JavaScript). It also carries the page's schema.org JSON-LD.
 */
export function CiteThisPage({
  facts,
  jsonLd = articleLd(facts),
  locale = 'en',
}: {
  facts: PageFacts;
  jsonLd?: JsonLdNode;
  locale?: Locale;
}) {
  const { title, path, reviewed: asOf, changes = [], language = locale === 'en' ? undefined : locale } = facts;
  const { m: all, date: formatDate } = localeTools(locale);
  const m = all.citeThis;
  const formats = citationFormats({ title, path, reviewed: asOf, ...(language ? { language } : {}) });
  const url = absoluteUrl(path);
  const section = sectionOf(path);
  const reportHref = reportErrorHref(title, path);
  return (
    <>
      <span hidden data-pagefind-meta={`section:${section}`} />
      <section className="cite-this" aria-labelledby="cite-this-heading" data-pagefind-ignore="all">
        <h2 id="cite-this-heading">{m.heading}</h2>
        <p className="page-review">
          {`${m.lastReviewed} `}
          <time dateTime={asOf}>{formatDate(asOf)}</time>
          {`. ${m.permanentAddress} `}
          <a href={path} data-permalink="">
            {url}
          </a>
        </p>
        <p data-citation-format="apa-preview">{formats.apa}</p>
        <details className="citation-details">
          <summary>{m.formats}</summary>
          <CitationFormatList formats={formats} what="this page" copyLabel={m.copy} locale={locale} />
        </details>
        {changes.length > 0 && (
          <details className="page-history">
            <summary>{m.changes}</summary>
            <ol reversed>
              {changes.map((c) => (
                <li key={`${c.date}-${c.summary}`}>
                  <time dateTime={c.date}>{formatDate(c.date)}</time>: {c.summary}
                </li>
              ))}
            </ol>
          </details>
        )}
        <p className="report-error">
          {`${m.foundError} `}
          {reportHref ? (
            <>
              <a href={reportHref}>{m.reportByEmail}</a>
              {` ${m.withSource}`}
            </>
          ) : (
            <>
              <a href={REPORTING_AN_ERROR}>{m.howToReport}</a>
              {`, ${m.withSource}`}
            </>
          )}
        </p>
        <CopyButtons locale={locale} />
        <JsonLd data={jsonLd} />
      </section>
    </>
  );
}

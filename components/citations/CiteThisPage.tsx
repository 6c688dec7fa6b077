import { CopyButton } from '@/components/compare/CopyCell';
import { CopyButtons } from '@/components/interactive/CopyButtons';
import { JsonLd } from '@/components/metadata/JsonLd';
import { articleLd, type JsonLdNode } from '@/lib/jsonLd';
import type { PageFacts } from '@/lib/pageMetadata';
import { citationFormats, type CitationFormats } from '@/lib/citation/pageCitation';
import { formatDate } from '@/lib/dates';
import { sectionOf } from '@/lib/search/sections';
import { absoluteUrl, reportErrorHref } from '@/lib/site';

const FORMATS: { key: keyof CitationFormats; label: string; code?: boolean }[] = [
  { key: 'apa', label: 'APA 7' },
  { key: 'mla', label: 'MLA 9' },
  { key: 'chicago', label: 'Chicago 17' },
  { key: 'bibtex', label: 'BibTeX', code: true },
  { key: 'ris', label: 'RIS', code: true },
  { key: 'csl', label: 'CSL-JSON', code: true },
];

/** One reference in every format, each selectable as text and with a copy button. */
export function CitationFormatList({ formats, what }: { formats: CitationFormats; what: string }) {
  return (
    <dl className="citation-formats">
      {FORMATS.map(({ key, label, code }) => (
        <div key={key} data-citation-format={key}>
          <dt>{label}</dt>
          <dd>
            {code ? <pre>{formats[key]}</pre> : <p>{formats[key]}</p>}
            <CopyButton text={formats[key]} label={`${label} citation of ${what}`} />
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
export function CiteThisPage({ facts, jsonLd = articleLd(facts) }: { facts: PageFacts; jsonLd?: JsonLdNode }) {
  const { title, path, reviewed: asOf, changes = [], language } = facts;
  const formats = citationFormats({ title, path, reviewed: asOf, language });
  const url = absoluteUrl(path);
  const section = sectionOf(path);
  return (
    <>
      <span hidden data-pagefind-meta={`section:${section}`} data-pagefind-filter={`section:${section}`} />
      <section className="cite-this" aria-labelledby="cite-this-heading" data-pagefind-ignore="all">
        <h2 id="cite-this-heading">Cite this page</h2>
        <p className="page-review">
          Last reviewed <time dateTime={asOf}>{formatDate(asOf)}</time>. Permanent address:{' '}
          <a href={path} data-permalink="">
            {url}
          </a>
        </p>
        <p data-citation-format="apa-preview">{formats.apa}</p>
        <details className="citation-details">
          <summary>Cite in APA, MLA, Chicago, BibTeX, RIS or CSL-JSON</summary>
          <CitationFormatList formats={formats} what="this page" />
        </details>
        {changes.length > 0 && (
          <details className="page-history">
            <summary>Changes to this page</summary>
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
          Found an error? <a href={reportErrorHref(title, path)}>Report it by email</a> with the source that shows it.
        </p>
        <CopyButtons />
        <JsonLd data={jsonLd} />
      </section>
    </>
  );
}

import type { Metadata } from 'next';

/** A placeholder is not a page to index or to list (scripts/search-index.mjs leaves noindex pages out). */
export const PLACEHOLDER_METADATA: Metadata = { title: 'Authentic texts', robots: { index: false, follow: true } };

/**
 * Next's static export refuses a dynamic route with no pages, so while a route has no real
 * page (only the English text on the site, no pair to compare) it exports one page that
 * sends the reader on at once to where the text is, as StateNameRedirect does for names.
 */
export function TextRedirect({ title, target }: { title: string; target: string }) {
  return (
    <article>
      <meta httpEquiv="refresh" content={`0; url=${target}`} />
      <h1>{title}</h1>
      <p>
        This text is at <a href={target}>{target}</a>.
      </p>
    </article>
  );
}

/** The params a text route exports: its real pages, or only the placeholder while it has none. */
export const orPlaceholder = <T,>(params: T[], placeholder: T): T[] => (params.length > 0 ? params : [placeholder]);

import { formatDate } from '@/lib/dates';
import { SITE_NAME, SITE_URL } from '@/lib/site';

/**
 * "Cite this page": a reference a journalist or student can paste, with the page's
 * "as of" date. Plain text in the HTML, selectable without JavaScript.
 */
export function CiteThisPage({ title, path, asOf }: { title: string; path: string; asOf: string }) {
  const url = `${SITE_URL}${path}`;
  const text = `${SITE_NAME}, "${title}" (facts as of ${formatDate(asOf)}). ${url}`;
  return (
    <section className="cite-this" aria-labelledby="cite-this-heading">
      <h2 id="cite-this-heading">Cite this page</h2>
      <pre>{text}</pre>
    </section>
  );
}

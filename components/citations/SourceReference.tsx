import type { ReactNode } from 'react';
import { referenceParts } from '@/lib/citations';
import type { Source } from '@/lib/content/schemas';
import { formatDate } from '@/lib/dates';
import { paths, sourceAnchor } from '@/lib/routes';

/**
 * A reference to a source, drawn the one way the site draws it (the parts come from
 * `referenceParts`, as the plain-text reference does). `brief` is the hover card's form:
 * author, title and date. The full form adds the links and the access date; `record` links
 * to the source's entry on /sources/ (from a page's notes), and `children` go just before the
 * access date (what the page cites the source for).
 */
export function SourceReference({
  source,
  brief = false,
  record = false,
  children,
}: {
  source: Source;
  brief?: boolean;
  record?: boolean;
  children?: ReactNode;
}) {
  if (brief)
    return (
      <>
        {source.author}, <cite>{source.title}</cite>
        {source.date ? `, ${formatDate(source.date)}` : ''}
      </>
    );
  const r = referenceParts(source);
  return (
    <>
      {r.author}, <cite>{r.title}</cite>
      {r.publisher ? `, ${r.publisher}` : ''}, {r.date}.{' '}
      <a href={r.url} rel="external">
        Source
      </a>{' '}
      · <a href={r.archive}>Archived copy</a>
      {record ? (
        <>
          {' '}
          · <a href={`${paths.sources}#${sourceAnchor(source.id)}`}>Record</a>
        </>
      ) : (
        '.'
      )}
      {children}
      <span className="accessed"> Accessed {r.accessed}.</span>
    </>
  );
}

import type { Source } from '@/lib/content/schemas';
import { paths, sourceAnchor } from '@/lib/routes';
import { SourceReference } from './SourceReference';

/**
 * Full bibliography entries, each at its `#source-<id>` anchor. The rendered reference is
 * itself the text to copy: no second, plain-text copy of it.
 */
export function SourceEntries({ sources }: { sources: readonly Source[] }) {
  return (
    // Left out of the search index: hundreds of entries would triple its size (see scripts/bench-search.mjs).
    <ul className="source-list" data-pagefind-ignore="all">
      {sources.map((source) => (
        <li key={source.id} id={sourceAnchor(source.id)}>
          <SourceReference source={source} />
          {source.note && <span className="muted"> {source.note}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The index's short line per source: its title, linking to the full entry on the entry's own page. */
export function SourceIndex({ sources }: { sources: readonly Source[] }) {
  return (
    <ul className="source-index" data-pagefind-ignore="all">
      {sources.map((source) => (
        <li key={source.id} id={sourceAnchor(source.id)}>
          <a href={paths.sourceRecord(source)}>{source.title}</a>
        </li>
      ))}
    </ul>
  );
}

import type { Metadata } from 'next';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { derivedFacts } from '@/lib/pageFacts';
import { pageMetadata } from '@/lib/pageMetadata';
import { latestDate } from '@/lib/dates';
import { webPageLd } from '@/lib/jsonLd';
import { paths } from '@/lib/routes';
import { formatReference } from '@/lib/citations';
import { SourceReference } from '@/components/citations/SourceReference';
import { sources } from '@/lib/content';
import type { SourceType } from '@/lib/content/schemas';
import { sourceTypes } from '@/lib/content/schemas';
import { sourceAnchor } from '@/lib/routes';

const facts = derivedFacts(
  {
    title: 'Sources',
    description:
      'Every source the site cites: treaty texts, depositary records, government statements, reports and news.',
    path: paths.sources,
    family: 'site',
    ogType: 'website',
  },
  [{ reviewed: latestDate(sources.map((s) => s.accessed)), changes: [] }],
);

export const metadata: Metadata = pageMetadata(facts);

function typeHeading(type: SourceType): string {
  switch (type) {
    case 'treaty':
      return 'Treaty texts and depositary records';
    case 'government':
      return 'Governments';
    case 'intergovernmental':
      return 'United Nations and other intergovernmental bodies';
    case 'ngo':
      return 'Non-governmental organisations and humanitarian bodies';
    case 'news':
      return 'News reports';
    case 'academic':
      return 'Academic work';
    default: {
      const unreachable: never = type;
      throw new Error(`Unknown source type ${String(unreachable)}`);
    }
  }
}

export default function SourcesPage() {
  return (
    <article>
      <h1>Sources</h1>
      <p className="lede">
        Every page cites its facts to the records below. Each has the address we read, the date we read it and a link to
        an archived copy. {sources.length} sources in all.
      </p>
      {sourceTypes.map((type) => {
        const group = sources.filter((s) => s.type === type);
        if (group.length === 0) return null;
        return (
          <section key={type} aria-labelledby={`type-${type}`}>
            <h2 id={`type-${type}`}>{typeHeading(type)}</h2>
            {/* Left out of the search index: 776 entries would triple its size (see scripts/bench-search.mjs). */}
            <ul className="source-list" data-pagefind-ignore="all">
              {group.map((source) => (
                <li key={source.id} id={sourceAnchor(source.id)}>
                  <SourceReference source={source} />
                  {source.note && <span className="muted"> {source.note}</span>}
                  <details>
                    <summary>Reference to copy</summary>
                    <pre>{formatReference(source)}</pre>
                  </details>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <CiteThisPage facts={facts} jsonLd={webPageLd(facts)} />
    </article>
  );
}

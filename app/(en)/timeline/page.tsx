import type { Metadata } from 'next';
import { derivedFacts, instrumentReview } from '@/lib/pageFacts';
import { pageMetadata } from '@/lib/pageMetadata';
import { CiteMarks } from '@/components/citations/CiteMark';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { ReferenceList } from '@/components/citations/ReferenceList';
import { numberCitations } from '@/lib/citations';
import { getInstrument, timeline, getSource } from '@/lib/content';
import { formatDate, groupByYear } from '@/lib/dates';
import { paths } from '@/lib/routes';

const facts = derivedFacts(
  {
    title: 'Timeline',
    description: 'The law of landmines in dated events: treaties, U.S. policies, withdrawals, each with its source.',
    path: paths.timeline,
    family: 'site',
    ogType: 'website',
  },
  [instrumentReview(getInstrument('ottawa'))],
);

export const metadata: Metadata = pageMetadata(facts);

export default function TimelinePage() {
  const notes = numberCitations(
    timeline.flatMap((e) => e.cite),
    getSource,
  );
  const years = groupByYear(timeline);
  return (
    <article>
      <h1>Timeline</h1>
      <p className="lede">
        Dated events in the law and policy of anti-personnel mines, oldest first. Each links to the page that explains
        it.
      </p>
      <nav aria-label="Years" className="inline-list">
        {years.map(({ year: y }) => (
          <a key={y} href={`#y${y}`}>
            {y}
          </a>
        ))}
      </nav>
      {years.map(({ year: y, items }) => (
        <section key={y} aria-labelledby={`y${y}`}>
          <h2 id={`y${y}`}>{y}</h2>
          <ol className="event-list">
            {items.map((e) => (
              <li key={`${e.date}-${e.title}`}>
                <time dateTime={e.date}>{formatDate(e.date)}</time>:{' '}
                {e.instrument ? <a href={paths.instrument(e.instrument)}>{e.title}</a> : e.title}
                <CiteMarks notes={notes} cites={e.cite} />
                {e.unverified && (
                  <span className="muted"> (known to us only from a republished copy; not verified)</span>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
      <ReferenceList notes={notes} />
      <CiteThisPage facts={facts} />
    </article>
  );
}

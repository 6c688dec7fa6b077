import type { Metadata } from 'next';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { pageMetadata } from '@/lib/pageMetadata';
import { casualtySeries, instruments } from '@/lib/content';
import { datasetLd } from '@/lib/jsonLd';
import { derivedFacts, instrumentReview } from '@/lib/pageFacts';
import { dataFiles, dataPath } from '@/lib/openData';
import { paths } from '@/lib/routes';

const facts = derivedFacts(
  {
    title: 'Open data',
    description:
      'Download the comparison matrix, state records, casualty series and contamination data behind this site, as JSON or CSV.',
    path: paths.data,
    family: 'data',
    ogType: 'website',
  },
  [...instruments.map(instrumentReview), ...(casualtySeries ? [{ reviewed: casualtySeries.asOf, changes: [] }] : [])],
);

export const metadata: Metadata = pageMetadata(facts);

export default function DataPage() {
  return (
    <article>
      <h1>Open data</h1>
      <p className="lede">
        The data behind every table and chart, built from the same files as the pages, so a download always matches what
        the page shows. Licensed CC BY 4.0.
      </p>
      <p>
        Each record carries the ids of its sources; look them up in the <a href={paths.sources}>bibliography</a>. Dates
        are ISO 8601 (YYYY-MM-DD); statuses are computed for the “as of” date in each record.
      </p>
      <dl className="downloads">
        {dataFiles.map((f) => (
          <div key={f.name}>
            <dt>
              <a href={dataPath(f.name)} download>
                {f.name}
              </a>{' '}
              — {f.title}
            </dt>
            <dd>{f.description}</dd>
          </div>
        ))}
      </dl>
      <CiteThisPage
        facts={facts}
        jsonLd={datasetLd(
          facts,
          dataFiles.map((f) => ({
            name: f.name,
            description: f.description,
            path: dataPath(f.name),
            encodingFormat: f.name.endsWith('.csv') ? 'text/csv' : 'application/json',
          })),
        )}
      />
    </article>
  );
}

import type { Metadata } from 'next';
import { CiteThisPage } from '@/components/citations/CiteThisPage';
import { pageMetadata } from '@/lib/pageMetadata';
import { casualtySeries, instruments } from '@/lib/content';
import { datasetLd } from '@/lib/jsonLd';
import { derivedFacts, instrumentReview } from '@/lib/pageFacts';
import { dataFiles, dataPath, dataVersion, schemaFileName } from '@/lib/openData';
import { tableSchema } from '@/lib/openDataPackage';
import { paths } from '@/lib/routes';

const facts = derivedFacts(
  {
    title: 'Open data',
    description:
      'Download the comparison matrix, state records, casualty series and contamination data behind this site, as JSON or CSV, with a Frictionless data package, JSON Schemas and a data dictionary.',
    path: paths.data,
    family: 'data',
    ogType: 'website',
  },
  [...instruments.map(instrumentReview), ...(casualtySeries ? [{ reviewed: casualtySeries.asOf, changes: [] }] : [])],
);

export const metadata: Metadata = pageMetadata(facts);

export default function DataPage() {
  const jsonFiles = dataFiles.filter((f) => f.format === 'json');
  return (
    <article>
      <h1>Open data</h1>
      <p className="lede">
        The data behind every table and chart, built from the same files as the pages, so a download always matches what
        the page shows. Licensed CC BY 4.0. Version {dataVersion()}.
      </p>
      <p>
        Each record carries the ids of its sources; look them up in the <a href={paths.sources}>bibliography</a>. Dates
        are ISO 8601 (YYYY-MM-DD); statuses are computed for the “as of” date in each record. Each JSON file holds its
        name, version, licence and generation date, then the records.
      </p>
      <p>
        For tools: <a href={dataPath('datapackage.json')}>datapackage.json</a> describes every file as a{' '}
        <a href="https://datapackage.org/">Frictionless Data Package</a> (table schemas for the CSV files), and each
        file has a JSON Schema generated from the schema the site checks it with.
      </p>
      <h2 id="downloads">Downloads</h2>
      <dl className="downloads">
        {dataFiles.map((f) => (
          <div key={f.name}>
            <dt>
              <a href={dataPath(f.name)} download>
                {f.name}
              </a>{' '}
              — {f.title}
            </dt>
            <dd>
              {f.description} Schema: <a href={dataPath(`schemas/${schemaFileName(f)}`)}>{schemaFileName(f)}</a>.
            </dd>
          </div>
        ))}
      </dl>
      <h2 id="dictionary">Data dictionary</h2>
      <p>
        The fields of each file. The CSV files have the same fields as their JSON twins (the comparison CSV flattens the
        citations into one text column); an empty CSV cell is a JSON <code>null</code>.
      </p>
      {jsonFiles.map((f) => {
        const csvTwin = dataFiles.find((c) => c.format === 'csv' && c.name === f.name.replace(/\.json$/, '.csv'));
        const fields = tableSchema(f.schema).fields;
        const id = `fields-${f.name.replace(/\.json$/, '')}`;
        return (
          <section key={f.name} aria-labelledby={id}>
            <h3 id={id}>
              {f.name}
              {csvTwin ? ` and ${csvTwin.name}` : ''}
            </h3>
            <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
              <table className="data-table">
                <caption id={`${id}-caption`}>Fields of {f.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Field</th>
                    <th scope="col">Type</th>
                    <th scope="col">Always present</th>
                    <th scope="col">Meaning</th>
                  </tr>
                </thead>
                <tbody>
                  {fields.map((field) => (
                    <tr key={field.name}>
                      <th scope="row">
                        <code>{field.name}</code>
                      </th>
                      <td>
                        {field.type}
                        {field.constraints?.enum ? `: one of ${field.constraints.enum.join(', ')}` : ''}
                      </td>
                      <td>{field.constraints?.required ? 'yes' : 'no (may be empty)'}</td>
                      <td>{field.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
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

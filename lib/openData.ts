/**
 * Every open-data file the site publishes, built from the same content as the pages. The
 * route handlers under app/data/ and the /data/ page both read this list.
 */
import { apiiEntryIntoForceFor } from './apii';
import { z } from 'zod';
import { matrixCsvRows, matrixRecords } from './compare/openData';
import {
  casualtiesLatest,
  casualtySeries,
  contamination,
  dimensions,
  getInstrument,
  getSource,
  instruments,
  sources,
  states,
} from './content';
import { latestDate } from './dates';
import { DATA_LICENCE, jsonEnvelope, tableSchema } from './openDataPackage';
import {
  casualtyRecordSchema,
  contaminationRecordSchema,
  latestRecordSchema,
  matrixCsvRowSchema,
  matrixRecordSchema,
  stateRecordSchema,
} from './openDataSchemas';
import { paths } from './routes';
import { entryIntoForceFor, ottawaStatusOn } from './ottawaStatus';
import { recordsToCsv, type CsvValue } from './csv';
import { casualtyRecords, contaminationRecords, latestRecords } from './riskData';
import { OTTAWA_ID } from './routes';

export function stateRecords() {
  const date = getInstrument(OTTAWA_ID).asOf;
  return states.map((s) => ({
    iso: s.iso,
    name: s.name,
    region: s.region,
    statusAsOf: date,
    ottawaStatus: ottawaStatusOn(s.ottawa, date),
    signed: s.ottawa.signed,
    consent: s.ottawa.consent,
    consentType: s.ottawa.consentType,
    entryIntoForce: entryIntoForceFor(s.ottawa),
    withdrawalNotified: s.ottawa.withdrawalNotified ?? null,
    withdrawalEffective: s.ottawa.withdrawalEffective ?? null,
    suspensionNotified: s.ottawa.suspensionNotified ?? null,
    ottawaVerified: !s.ottawa.unverified,
    ottawaSources: s.ottawa.cite.map((c) => c.source).join('; '),
    amendedProtocolIIConsent: s.ccwAmendedProtocolII.consent,
    amendedProtocolIIEntryIntoForce: s.ccwAmendedProtocolII.consent
      ? apiiEntryIntoForceFor(s.ccwAmendedProtocolII.consent)
      : null,
    amendedProtocolIIBoundBy: s.ccwAmendedProtocolII.reportedBoundBy ?? null,
    amendedProtocolIIVerified: !s.ccwAmendedProtocolII.unverified,
    amendedProtocolIISources: s.ccwAmendedProtocolII.cite.map((c) => c.source).join('; '),
  }));
}

export interface DataFile {
  name: string;
  title: string;
  description: string;
  format: 'json' | 'csv';
  /** The zod schema of one record (one row of a CSV). */
  schema: z.ZodObject;
  /** The records, checked against the schema. */
  records: () => Record<string, unknown>[];
  body: () => string;
}

/** The data's version: the date of the newest record set it is built from (calendar versioning). */
export function dataVersion(): string {
  return latestDate([
    ...instruments.map((i) => i.asOf),
    casualtySeries?.asOf ?? '',
    casualtiesLatest?.asOf ?? '',
    contamination?.asOf ?? '',
  ]).replaceAll('-', '.');
}

/** The day the files were generated (the build). */
export const generatedOn = () => new Date().toISOString().slice(0, 10);

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Records checked against their schema at build: a file never ships in a shape its schema denies. */
function checked<S extends z.ZodObject>(name: string, schema: S, records: unknown[]): z.infer<S>[] {
  return records.map((record, i) => {
    const result = schema.safeParse(record);
    if (!result.success)
      throw new Error(`${name}: record ${i} does not match its schema: ${z.prettifyError(result.error)}`);
    return result.data;
  });
}

function jsonFile(
  name: string,
  title: string,
  description: string,
  schema: z.ZodObject,
  build: () => unknown[],
): DataFile {
  const records = () => checked(name, schema, build());
  return {
    name,
    title,
    description,
    format: 'json',
    schema,
    records,
    body: () => json(jsonEnvelope(records(), { name, version: dataVersion(), generated: generatedOn() })),
  };
}

function csvFile(
  name: string,
  title: string,
  description: string,
  schema: z.ZodObject,
  build: () => Record<string, CsvValue>[],
): DataFile {
  const records = () => checked(name, schema, build());
  return { name, title, description, format: 'csv', schema, records, body: () => recordsToCsv(build()) };
}

const matrix = () => matrixRecords(instruments, dimensions, getSource);

export const dataFiles: DataFile[] = [
  jsonFile(
    'compare.json',
    'Comparison matrix (JSON)',
    'Every instrument’s stance on every point of comparison, with summaries and resolved citations.',
    matrixRecordSchema,
    matrix,
  ),
  csvFile(
    'compare.csv',
    'Comparison matrix (CSV)',
    'The same records as compare.json, one row per cell.',
    matrixCsvRowSchema,
    () => matrixCsvRows(matrix()),
  ),
  jsonFile(
    'states.json',
    'State records (JSON)',
    'Every state’s Ottawa Treaty dates, computed status and Amended Protocol II consent, with source ids.',
    stateRecordSchema,
    stateRecords,
  ),
  csvFile('states.csv', 'State records (CSV)', 'The same records as states.json.', stateRecordSchema, stateRecords),
  jsonFile(
    'casualties.json',
    'Casualties by year (JSON)',
    'The Landmine Monitor casualty series the charts show, with the edition each row follows.',
    casualtyRecordSchema,
    casualtyRecords,
  ),
  csvFile(
    'casualties.csv',
    'Casualties by year (CSV)',
    'The same records as casualties.json.',
    casualtyRecordSchema,
    casualtyRecords,
  ),
  jsonFile(
    'casualties-latest.json',
    'Latest year by country (JSON)',
    'Countries with the most recorded casualties in the latest year reported.',
    latestRecordSchema,
    latestRecords,
  ),
  csvFile(
    'casualties-latest.csv',
    'Latest year by country (CSV)',
    'The same records as casualties-latest.json.',
    latestRecordSchema,
    latestRecords,
  ),
  jsonFile(
    'contamination.json',
    'Contamination and Article 5 deadlines (JSON)',
    'States and areas with anti-personnel mine contamination, extent, and clearance deadlines.',
    contaminationRecordSchema,
    contaminationRecords,
  ),
  csvFile(
    'contamination.csv',
    'Contamination and Article 5 deadlines (CSV)',
    'The same records as contamination.json.',
    contaminationRecordSchema,
    contaminationRecords,
  ),
];

/** The JSON Schema of each file, published beside it. */
export const schemaFileName = (file: DataFile) =>
  `${file.name.replace(/\.(json|csv)$/, '')}.${file.format}.schema.json`;

/** The Frictionless Data Package describing every download. */
export function dataPackage(siteUrl: string) {
  const sourceIds = [...new Set(sources.map((s) => s.id))];
  return {
    name: 'landmine-law-explainer',
    title: 'Landmine Law Explainer: open data',
    description:
      'The data behind the Landmine Law Explainer: the comparison matrix, state records, casualty series and contamination data.',
    homepage: `${siteUrl}${paths.data}`,
    version: dataVersion(),
    created: generatedOn(),
    licenses: [DATA_LICENCE],
    sources: [
      {
        title: 'Bibliography of the Landmine Law Explainer (every record cites its source ids)',
        path: `${siteUrl}${paths.sources}`,
      },
      ...[
        ...new Set(
          ['ottawa-text-nl-treatydb', 'apii-text-nl-treatydb', 'hi-us-landmine-monitor-2025-release'].filter((id) =>
            sourceIds.includes(id),
          ),
        ),
      ].map((id) => {
        const s = getSource(id);
        return { title: s.title, path: s.url };
      }),
    ],
    resources: dataFiles.map((f) => ({
      name: f.name.replace(/\./g, '-'),
      path: f.name,
      title: f.title,
      description: f.description,
      format: f.format,
      mediatype: f.format === 'csv' ? 'text/csv' : 'application/json',
      encoding: 'utf-8',
      ...(f.format === 'csv'
        ? {
            profile: 'tabular-data-resource',
            dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', header: true },
            schema: tableSchema(f.schema),
          }
        : { profile: 'data-resource', schema: `schemas/${schemaFileName(f)}` }),
      licenses: [DATA_LICENCE],
    })),
  };
}

export const dataPath = (name: string) => `/data/${name}`;

export function dataResponse(name: string): Response {
  const file = dataFiles.find((f) => f.name === name);
  if (!file) throw new Error(`No data file ${name}`);
  const type = name.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
  return new Response(file.body(), { headers: { 'Content-Type': type } });
}

/**
 * Every open-data file the site publishes, built from the same content as the pages. The
 * route handlers under app/data/ and the /data/ page both read this list.
 */
import { apiiEntryIntoForceFor } from './apii';
import { matrixCsv, matrixRecords } from './compare/openData';
import { dimensions, getInstrument, getSource, instruments, states } from './content';
import { entryIntoForceFor, ottawaStatusOn } from './ottawaStatus';
import { recordsToCsv } from './csv';
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
    ottawaSources: s.ottawa.sources.join('; '),
    amendedProtocolIIConsent: s.ccwAmendedProtocolII.consent,
    amendedProtocolIIEntryIntoForce: s.ccwAmendedProtocolII.consent
      ? apiiEntryIntoForceFor(s.ccwAmendedProtocolII.consent)
      : null,
    amendedProtocolIIBoundBy: s.ccwAmendedProtocolII.reportedBoundBy ?? null,
    amendedProtocolIIVerified: !s.ccwAmendedProtocolII.unverified,
    amendedProtocolIISources: s.ccwAmendedProtocolII.sources.join('; '),
  }));
}

export interface DataFile {
  name: string;
  title: string;
  description: string;
  body: () => string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export const dataFiles: DataFile[] = [
  {
    name: 'compare.json',
    title: 'Comparison matrix (JSON)',
    description: 'Every instrument’s stance on every point of comparison, with summaries and resolved citations.',
    body: () => json(matrixRecords(instruments, dimensions, getSource)),
  },
  {
    name: 'compare.csv',
    title: 'Comparison matrix (CSV)',
    description: 'The same records as compare.json, one row per cell.',
    body: () => matrixCsv(matrixRecords(instruments, dimensions, getSource)),
  },
  {
    name: 'states.json',
    title: 'State records (JSON)',
    description: 'Every state’s Ottawa Treaty dates, computed status and Amended Protocol II consent, with source ids.',
    body: () => json(stateRecords()),
  },
  {
    name: 'states.csv',
    title: 'State records (CSV)',
    description: 'The same records as states.json.',
    body: () => recordsToCsv(stateRecords()),
  },
  {
    name: 'casualties.json',
    title: 'Casualties by year (JSON)',
    description: 'The Landmine Monitor casualty series the charts show, with the edition each row follows.',
    body: () => json(casualtyRecords()),
  },
  {
    name: 'casualties.csv',
    title: 'Casualties by year (CSV)',
    description: 'The same records as casualties.json.',
    body: () => recordsToCsv(casualtyRecords()),
  },
  {
    name: 'casualties-latest.json',
    title: 'Latest year by country (JSON)',
    description: 'Countries with the most recorded casualties in the latest year reported.',
    body: () => json(latestRecords()),
  },
  {
    name: 'casualties-latest.csv',
    title: 'Latest year by country (CSV)',
    description: 'The same records as casualties-latest.json.',
    body: () => recordsToCsv(latestRecords()),
  },
  {
    name: 'contamination.json',
    title: 'Contamination and Article 5 deadlines (JSON)',
    description: 'States and areas with anti-personnel mine contamination, extent, and clearance deadlines.',
    body: () => json(contaminationRecords()),
  },
  {
    name: 'contamination.csv',
    title: 'Contamination and Article 5 deadlines (CSV)',
    description: 'The same records as contamination.json.',
    body: () => recordsToCsv(contaminationRecords()),
  },
];

export const dataPath = (name: string) => `/data/${name}`;

export function dataResponse(name: string): Response {
  const file = dataFiles.find((f) => f.name === name);
  if (!file) throw new Error(`No data file ${name}`);
  const type = name.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
  return new Response(file.body(), { headers: { 'Content-Type': type } });
}

/**
 * The shape of every open-data file, as zod schemas with a description per field. They check
 * the records at build (a file that does not match its schema fails the build), and from them
 * come the JSON Schemas (z.toJSONSchema), the Frictionless table schemas in datapackage.json
 * and the data dictionary on /data/, so a field is described once.
 */
import { z } from 'zod';
import { contaminationExtents, regions, consentTypes } from './content/schemas';
import { ottawaStatuses } from './ottawaStatus';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ format: 'date' });
const described = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });
const iso3 = z.string().regex(/^[A-Z]{3}$/);
const sourceList = described(
  z.string(),
  'Ids of the source records (see /sources/), separated by "; ", each with its pinpoint in brackets where given.',
);

export const stateRecordSchema = z.strictObject({
  iso: described(iso3, 'ISO 3166-1 alpha-3 code.'),
  name: described(z.string(), 'Short name of the state.'),
  region: described(z.enum(regions), 'Region.'),
  statusAsOf: described(date, 'The date the status is computed for (the records’ review date).'),
  ottawaStatus: described(
    z.enum(ottawaStatuses),
    'Ottawa Treaty status on statusAsOf, computed from the dates (Arts 17 and 20).',
  ),
  signed: described(date.nullable(), 'Date of signature of the Ottawa Treaty.'),
  consent: described(date.nullable(), 'Date the instrument of ratification, accession or succession was deposited.'),
  consentType: described(z.enum(consentTypes).nullable(), 'How the state consented to be bound.'),
  entryIntoForce: described(date.nullable(), 'Date the treaty entered into force for the state (Art. 17), computed.'),
  withdrawalNotified: described(
    date.nullable(),
    'Date the depositary received its instrument of withdrawal (Art. 20(2)).',
  ),
  withdrawalEffective: described(date.nullable(), 'Date the withdrawal took or takes effect (Art. 20(3)).'),
  suspensionNotified: described(
    date.nullable(),
    'Date of a notice that the state suspends the treaty (not provided for by the treaty).',
  ),
  ottawaVerified: described(
    z.boolean(),
    'Whether every Ottawa Treaty date in the record has been checked against a source.',
  ),
  ottawaSources: sourceList,
  amendedProtocolIIConsent: described(
    date.nullable(),
    'Date the state consented to be bound by CCW Amended Protocol II.',
  ),
  amendedProtocolIIEntryIntoForce: described(
    date.nullable(),
    'Computed: six months after consent, and never before the Protocol entered into force (3 December 1998).',
  ),
  amendedProtocolIIBoundBy: described(
    date.nullable(),
    'When the consent date is unknown: the date of a source that lists the state as bound.',
  ),
  amendedProtocolIIVerified: described(
    z.boolean(),
    'Whether the Amended Protocol II record has been checked against a source.',
  ),
  amendedProtocolIISources: sourceList,
});

export const matrixRecordSchema = z.strictObject({
  instrument: described(z.string(), 'Id of the instrument (treaty, protocol, policy or decision).'),
  instrumentTitle: described(z.string(), 'Short title of the instrument.'),
  instrumentDate: described(date, 'Date the instrument was adopted or announced.'),
  dimension: described(z.string(), 'Id of the point of comparison.'),
  dimensionLabel: described(z.string(), 'Name of the point of comparison.'),
  stance: described(
    z.string(),
    'The instrument’s stance on the point: prohibited, restricted, permitted, required or not addressed.',
  ),
  summary: described(z.string(), 'One or two sentences explaining the stance.'),
  citations: described(
    z.array(z.strictObject({ source: z.string(), pin: z.string().nullable(), title: z.string(), url: z.url() })),
    'The sources of the cell, with pinpoints, titles and addresses.',
  ),
  url: described(z.url(), 'Address of the cell on the comparison page.'),
});

/** compare.csv has the matrix's columns in snake case, with citations flattened to text. */
export const matrixCsvRowSchema = z.strictObject({
  instrument: matrixRecordSchema.shape.instrument,
  instrument_title: matrixRecordSchema.shape.instrumentTitle,
  instrument_date: matrixRecordSchema.shape.instrumentDate,
  dimension: matrixRecordSchema.shape.dimension,
  dimension_label: matrixRecordSchema.shape.dimensionLabel,
  stance: matrixRecordSchema.shape.stance,
  summary: matrixRecordSchema.shape.summary,
  citations: described(z.string(), 'The sources of the cell as "title, pinpoint <url>", separated by " ; ".'),
  url: matrixRecordSchema.shape.url,
});

const count = z.number().int().nonnegative();
export const casualtyRecordSchema = z.strictObject({
  year: described(z.number().int(), 'Calendar year the casualties occurred.'),
  total: described(
    count.nullable(),
    'People recorded killed or injured by mines and explosive remnants of war; empty for a year without a verifiable total.',
  ),
  killed: described(count.nullable(), 'Of the total, people killed.'),
  injured: described(count.nullable(), 'Of the total, people injured.'),
  unknown: described(count.nullable(), 'Of the total, people whose survival is not known.'),
  notBrokenDown: described(count.nullable(), 'The total, when the edition gives no breakdown into killed and injured.'),
  civilianPercent: described(
    z.number().min(0).max(100).nullable(),
    'Civilians as a percentage of casualties; what it is a percentage of is in civilianPercentOf.',
  ),
  civilianPercentOf: described(
    z.string().nullable(),
    'The denominator of civilianPercent, in words ("of all recorded casualties", …).',
  ),
  childPercent: described(
    z.number().min(0).max(100).nullable(),
    'Children as a percentage; what it is a percentage of is in childPercentOf.',
  ),
  childPercentOf: described(
    z.string().nullable(),
    'The denominator of childPercent, in words ("of civilian casualties", "of all recorded casualties", …).',
  ),
  edition: described(z.string().nullable(), 'The Landmine Monitor edition the figures follow.'),
  sources: sourceList,
  note: described(z.string().nullable(), 'Why a year has no total, or how the figures were chosen.'),
});

export const latestRecordSchema = z.strictObject({
  year: described(z.number().int(), 'Calendar year the casualties occurred.'),
  iso: described(iso3.nullable(), 'ISO 3166-1 alpha-3 code; empty for an area that is not a state.'),
  name: described(z.string(), 'State or area.'),
  total: described(count, 'Casualties recorded there in the year.'),
  edition: described(z.string(), 'The Landmine Monitor edition the figures follow.'),
  sources: sourceList,
});

export const contaminationRecordSchema = z.strictObject({
  iso: described(iso3.nullable(), 'ISO 3166-1 alpha-3 code; empty for an area that is not a state.'),
  name: described(z.string(), 'State or area.'),
  extent: described(z.enum(contaminationExtents), 'The Landmine Monitor’s band of contaminated area.'),
  article5AsOf: described(date, 'The date the Article 5 status is computed for.'),
  article5Status: described(
    z.enum(['no-record', 'open', 'completed', 'passed-no-extension-found']),
    'Article 5 clearance status on article5AsOf, computed from entry into force, extensions granted and completion declared.',
  ),
  article5Deadline: described(
    date.nullable(),
    'The clearance deadline in force on article5AsOf (open, or passed with no extension found); empty otherwise.',
  ),
  article5CompletedDeclared: described(
    z.string().nullable(),
    'When the state declared clearance complete (a year, month or day), if it has.',
  ),
  sources: sourceList,
  note: described(z.string().nullable(), 'Caveat on the record.'),
});

export type StateDataRecord = z.infer<typeof stateRecordSchema>;
export type MatrixDataRecord = z.infer<typeof matrixRecordSchema>;

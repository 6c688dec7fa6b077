/**
 * The comparison matrix as open data: one record per cell, in the matrix's order, with the
 * citations resolved to their sources. JSON and CSV carry exactly the same records.
 */
import type { Dimension, Instrument, Source } from '@/lib/content/schemas';
import { SITE_URL } from '@/lib/site';
import { paths, cellAnchor } from '@/lib/routes';
import { buildMatrix, positionLabel } from './matrix';
import { instrumentDate } from './order';
import { toCsv } from '@/lib/csv';

export interface MatrixRecord {
  instrument: string;
  instrumentTitle: string;
  instrumentDate: string;
  dimension: string;
  dimensionLabel: string;
  stance: string;
  summary: string;
  citations: { source: string; pin: string | null; title: string; url: string }[];
  url: string;
}

export function matrixRecords(
  instruments: readonly Instrument[],
  dimensions: readonly Dimension[],
  getSource: (id: string) => Source,
): MatrixRecord[] {
  const { rows } = buildMatrix(instruments, dimensions);
  return rows.flatMap((row) =>
    row.cells.map(({ instrument, dimension, position }) => ({
      instrument: instrument.id,
      instrumentTitle: instrument.shortTitle,
      instrumentDate: instrumentDate(instrument),
      dimension: dimension.id,
      dimensionLabel: dimension.label,
      stance: positionLabel(dimension, position),
      summary: position.summary,
      citations: position.cite.map((c) => {
        const source = getSource(c.source);
        return { source: c.source, pin: c.pin ?? null, title: source.title, url: source.url };
      }),
      url: `${SITE_URL}${paths.compare}#${cellAnchor(instrument.id, dimension.id)}`,
    })),
  );
}

/** The CSV rows of the matrix, as records with the CSV's column names. */
export function matrixCsvRows(records: readonly MatrixRecord[]) {
  return records.map((r) => ({
    instrument: r.instrument,
    instrument_title: r.instrumentTitle,
    instrument_date: r.instrumentDate,
    dimension: r.dimension,
    dimension_label: r.dimensionLabel,
    stance: r.stance,
    summary: r.summary,
    citations: r.citations.map((c) => `${c.title}${c.pin ? `, ${c.pin}` : ''} <${c.url}>`).join(' ; '),
    url: r.url,
  }));
}

export function matrixCsv(records: readonly MatrixRecord[]): string {
  return toCsv(
    [
      'instrument',
      'instrument_title',
      'instrument_date',
      'dimension',
      'dimension_label',
      'stance',
      'summary',
      'citations',
      'url',
    ],
    records.map((r) => [
      r.instrument,
      r.instrumentTitle,
      r.instrumentDate,
      r.dimension,
      r.dimensionLabel,
      r.stance,
      r.summary,
      r.citations.map((c) => `${c.title}${c.pin ? `, ${c.pin}` : ''} <${c.url}>`).join(' ; '),
      r.url,
    ]),
  );
}

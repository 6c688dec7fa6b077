/**
 * The civilian-risk data files as the pages and downloads use them. Each exported table is
 * exactly what a chart or table shows, so its CSV/JSON download matches the chart.
 */
import { casualtiesLatest, casualtySeries, contamination } from './content';
import type { CasualtiesLatest, CasualtySeries, Citation, Contamination } from './content/schemas';
import { casualtySegments } from './charts/casualties';

function required<T>(value: T | undefined, file: string): T {
  if (!value) throw new Error(`${file} is missing: the civilian-risk pages need it`);
  return value;
}

export const series = (): CasualtySeries => required(casualtySeries, 'content/data/casualties.yaml');
export const latest = (): CasualtiesLatest => required(casualtiesLatest, 'content/data/casualties-latest.yaml');
export const contaminated = (): Contamination => required(contamination, 'content/data/contamination.yaml');

export const DOWNLOADS = {
  casualties: { json: '/data/casualties.json', csv: '/data/casualties.csv' },
  latest: { json: '/data/casualties-latest.json', csv: '/data/casualties-latest.csv' },
  contamination: { json: '/data/contamination.json', csv: '/data/contamination.csv' },
} as const;

const citeText = (cites: readonly Citation[]) => cites.map((c) => `${c.source}${c.pin ? ` (${c.pin})` : ''}`).join('; ');

/** The casualty series as the chart and table show it: one record per year. */
export function casualtyRecords() {
  const rows = [...series().rows].sort((a, b) => a.year - b.year);
  const segments = casualtySegments(rows);
  return rows.map((r, i) => ({
    year: r.year,
    total: r.total,
    killed: r.killed ?? null,
    injured: r.injured ?? null,
    unknown: r.unknown ?? null,
    notBrokenDown: segments[i]!.split ? null : r.total,
    civilianPercent: r.civilianPercent ?? null,
    childPercentOfCivilian: r.childPercentOfCivilian ?? null,
    edition: r.edition,
    sources: citeText(r.cite),
    note: r.note ?? null,
  }));
}

export function latestRecords() {
  const l = latest();
  return [...l.countries].sort((a, b) => b.total - a.total).map((c) => ({ year: l.year, iso: c.iso ?? null, name: c.name, total: c.total, edition: l.edition, sources: citeText(c.cite) }));
}

export function contaminationRecords() {
  return [...contaminated().areas]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((a) => ({
      iso: a.iso ?? null,
      name: a.name,
      extent: a.extent,
      article5Deadline: a.article5?.deadline ?? null,
      article5Extensions: a.article5?.extensions ?? null,
      sources: citeText([...a.cite, ...(a.article5?.cite ?? [])]),
      note: a.note ?? null,
    }));
}

/** Records → CSV with a header row from the first record's keys (null → empty). */
export function recordsToCsv(records: readonly Record<string, string | number | boolean | null>[]): string {
  if (records.length === 0) return '';
  const keys = Object.keys(records[0]!);
  const field = (v: string | number | boolean | null) => (v === null ? '' : typeof v === 'string' ? `"${v.replace(/"/g, '""')}"` : String(v));
  return [keys.join(','), ...records.map((r) => keys.map((k) => field(r[k] ?? null)).join(','))].join('\r\n') + '\r\n';
}

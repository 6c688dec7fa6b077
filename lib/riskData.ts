/**
 * The civilian-risk data files as the pages and downloads use them. Each exported table is
 * exactly what a chart or table shows, so its CSV/JSON download matches the chart.
 */
import { casualtiesLatest, casualtySeries, contamination, getInstrument, states } from './content';
import { article5Citations, article5On, type Article5Status } from './article5';
import { OTTAWA_ID } from './routes';
import type {
  CasualtiesLatest,
  CasualtyField,
  CasualtyGap,
  CasualtyRow,
  CasualtySeries,
  Citation,
  Contamination,
  ShareBase,
} from './content/schemas';
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

const citeText = (cites: readonly Citation[]) =>
  cites.map((c) => `${c.source}${c.pin ? ` (${c.pin})` : ''}`).join('; ');

/** The casualty series year by year: measured rows and explained gaps, in one order for table, notes and downloads. */
export type SeriesEntry = ({ kind: 'row' } & CasualtyRow) | ({ kind: 'gap' } & CasualtyGap);
export function seriesEntries(): SeriesEntry[] {
  const s = series();
  return [
    ...s.rows.map((r) => ({ kind: 'row' as const, ...r })),
    ...s.gaps.map((g) => ({ kind: 'gap' as const, ...g })),
  ].sort((a, b) => a.year - b.year);
}

/** Every citation of the casualty series, in the table's year order. */
export function casualtySeriesCites(): Citation[] {
  return seriesEntries().flatMap((e) => e.cite);
}

/** The casualty series as the chart and table show it: one record per year, explained gaps included. */
export function casualtyRecords() {
  return seriesEntries().map((e) => {
    const row = e.kind === 'row' ? e : null;
    const split = row ? casualtySegments([row])[0]!.split : false;
    return {
      year: e.year,
      total: row?.total ?? null,
      killed: row?.killed ?? null,
      injured: row?.injured ?? null,
      unknown: row?.unknown ?? null,
      notBrokenDown: row && !split ? row.total : null,
      civilianPercent: row?.civilianPercent ?? null,
      civilianPercentOf: row?.civilianPercentOf ? SHARE_BASE_LABELS[row.civilianPercentOf] : null,
      childPercent: row?.childPercent ?? null,
      childPercentOf: row?.childPercentOf ? SHARE_BASE_LABELS[row.childPercentOf] : null,
      edition: row?.edition ?? null,
      sources: citeText(e.cite),
      note: e.note ?? null,
    };
  });
}

/**
 * The latest year's countries in the order the chart, table and download show them (most
 * casualties first). The page's note numbers are taken from this same list.
 */
export function latestCountries() {
  return [...latest().countries].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
}

export function latestRecords() {
  const l = latest();
  return latestCountries().map((c) => ({
    year: l.year,
    iso: c.iso ?? null,
    name: c.name,
    total: c.total,
    edition: l.edition,
    sources: citeText(c.cite),
  }));
}

/** The date Article 5 deadlines are shown as of: the date the Ottawa pages were last checked. */
export const article5AsOf = () => getInstrument(OTTAWA_ID).asOf;

/**
 * Contaminated areas in the order the table and download show them (by name), each with its
 * state's Article 5 position as of `date` (computed, see lib/article5). The page's note
 * numbers are taken from this same list.
 */
export function contaminationRows(date: string = article5AsOf()) {
  return [...contaminated().areas]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((area) => {
      const state = area.iso ? states.find((s) => s.iso === area.iso) : undefined;
      const article5: Article5Status = state ? article5On(state, date) : { kind: 'no-record' };
      const article5Cite: Citation[] = state ? article5Citations(state, date) : [];
      return { area, state, article5, article5Cite };
    });
}

const deadlineOf = (s: Article5Status) =>
  s.kind === 'open' || s.kind === 'passed-no-extension-found' ? s.deadline : null;

export function contaminationRecords() {
  const date = article5AsOf();
  return contaminationRows(date).map(({ area: a, article5, article5Cite }) => ({
    iso: a.iso ?? null,
    name: a.name,
    extent: a.extent,
    article5AsOf: date,
    article5Status: article5.kind,
    article5Deadline: deadlineOf(article5),
    article5CompletedDeclared: article5.kind === 'completed' ? article5.declared : null,
    sources: citeText([...a.cite, ...article5Cite]),
    note: a.note ?? null,
  }));
}

/** What each share is a share of, in words that follow the number ("46% of civilian casualties"). */
export const SHARE_BASE_LABELS: Record<ShareBase, string> = {
  'all-casualties': 'of all recorded casualties',
  'known-status': 'of casualties whose civilian or military status was known',
  'not-stated': 'of casualties (the source does not say of which)',
  'civilian-casualties': 'of civilian casualties',
  'civilian-casualties-known-age': 'of civilian casualties whose age was known',
};

export { casualtyFields, type CasualtyField } from './content/schemas';
export const shareFields = ['civilianPercent', 'childPercent'] as const;

/** The denominator of a share field in a row. */
export function shareBaseOf(row: CasualtyRow, field: (typeof shareFields)[number]): ShareBase | undefined {
  return field === 'civilianPercent' ? row.civilianPercentOf : row.childPercentOf;
}

/**
 * One number from the casualty series, for prose; fails the build if the row or field is missing.
 * A share comes with its denominator (`base`), which the sentence must show.
 */
export function casualtyFigure(year: number, field: CasualtyField) {
  const row = series().rows.find((r) => r.year === year);
  const value = row?.[field];
  if (!row || value === undefined) throw new Error(`content/data/casualties.yaml has no ${field} for ${year}`);
  const base = field === 'civilianPercent' || field === 'childPercent' ? shareBaseOf(row, field) : undefined;
  return { row, value, base: base ? SHARE_BASE_LABELS[base] : null };
}

/** A country's total in the latest year, for prose. */
export function countryCasualties(iso: string) {
  const l = latest();
  const country = l.countries.find((c) => c.iso === iso);
  if (!country) throw new Error(`content/data/casualties-latest.yaml has no country ${iso}`);
  return { year: l.year, country };
}

/** The lowest and highest civilian share in the series from a year on, with their years. */
export function civilianShareRange(from: number) {
  const rows = series().rows.filter((r) => r.year >= from && r.civilianPercent !== undefined);
  if (rows.length === 0) throw new Error(`content/data/casualties.yaml has no civilian share from ${from}`);
  const low = rows.reduce((a, b) => (b.civilianPercent! < a.civilianPercent! ? b : a));
  const high = rows.reduce((a, b) => (b.civilianPercent! > a.civilianPercent! ? b : a));
  return { low, high, rows };
}

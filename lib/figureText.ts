/**
 * How a reported figure reads in prose, and the `{fig:<id>}` tokens that let structured
 * text (position summaries) quote a figure instead of typing its number a second time.
 */
import type { ReportedFigure } from './content/schemas';

const grouped = new Intl.NumberFormat('en-GB');
const compact = new Intl.NumberFormat('en-GB', {
  notation: 'compact',
  compactDisplay: 'long',
  maximumFractionDigits: 1,
});

/**
 * "9,437", but "5.6 million" and "4.2 billion": round numbers of a million or more read in
 * words, as sources give them. Only exact multiples of 100,000 are shortened, so no
 * shortening ever rounds a figure.
 */
export function formatFigureNumber(value: number): string {
  return value >= 1_000_000 && value % 100_000 === 0 ? compact.format(value) : grouped.format(value);
}

/** "5.6 million mines", "1 State Party". */
export function formatFigure(figure: Pick<ReportedFigure, 'value' | 'unit'>): string {
  return `${formatFigureNumber(figure.value)} ${figure.value === 1 ? figure.unit.one : figure.unit.other}`;
}

const TOKEN = /\{fig:([a-z0-9-]+)\}/g;

/** The figure ids a text refers to with `{fig:<id>}`. */
export function figureTokenIds(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => m[1] ?? '');
}

/** The text with each `{fig:<id>}` replaced by the figure in words; unknown ids throw (validation catches them first). */
export function fillFigureTokens(
  text: string,
  figureById: (id: string) => Pick<ReportedFigure, 'value' | 'unit'>,
): string {
  return text.replace(TOKEN, (_, id: string) => formatFigure(figureById(id)));
}

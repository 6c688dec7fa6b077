/**
 * Where everything in a bar chart goes, for a given drawing size. Each chart is drawn twice,
 * wide for screens from 48 rem and narrow for phones, so that the text, a fixed 12 units,
 * renders at 12 px or more on either: the narrow drawing is about as wide as a 390 px phone's
 * text column, not a shrunken copy of the wide one. Pure, so it is tested without a browser.
 */
import { linear, niceTicks } from './scale';

export interface ChartSize {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Label every n-th year on the x axis so that labels never overlap. */
  yearLabelEvery: number;
  /** How many value ticks to aim for. */
  ticks: number;
}

/** Text in every chart is set at this size in drawing units (see .chart svg in globals.css). */
export const CHART_FONT = 12;

export const COLUMN_SIZES = {
  wide: { width: 720, height: 320, margin: { top: 16, right: 12, bottom: 44, left: 60 }, yearLabelEvery: 2, ticks: 5 },
  narrow: { width: 340, height: 260, margin: { top: 12, right: 8, bottom: 44, left: 64 }, yearLabelEvery: 5, ticks: 4 },
} satisfies Record<string, ChartSize>;

export interface StackInput {
  year: number;
  /** Segment values from the bottom up, in series order; zero draws nothing. */
  values: readonly number[];
}

export interface StackLayout {
  ticks: { value: number; y: number }[];
  bars: { year: number; x: number; width: number; segments: { series: number; y: number; height: number }[] }[];
  yearLabels: { year: number; x: number }[];
  plot: { left: number; right: number; top: number; bottom: number };
}

/** Stacked columns over consecutive years (a year with no values keeps its empty slot). */
export function stackLayout(rows: readonly StackInput[], size: ChartSize): StackLayout {
  const { width, height, margin: m } = size;
  const plot = { left: m.left, right: width - m.right, top: m.top, bottom: height - m.bottom };
  const totals = rows.map((r) => r.values.reduce((a, b) => a + b, 0));
  const tickValues = niceTicks(Math.max(...totals, 1), size.ticks);
  const y = linear(tickValues.at(-1)!, plot.bottom, plot.top);
  const first = Math.min(...rows.map((r) => r.year));
  const last = Math.max(...rows.map((r) => r.year));
  const slot = (plot.right - plot.left) / (last - first + 1);
  const x = (year: number) => plot.left + (year - first) * slot;
  const bars = rows.map((r) => {
    let base = 0;
    const segments = r.values.flatMap((v, series) => {
      if (v <= 0) return [];
      const y0 = y(base);
      base += v;
      return [{ series, y: y(base), height: y0 - y(base) }];
    });
    return { year: r.year, x: x(r.year) + slot * 0.15, width: slot * 0.7, segments };
  });
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const yearLabels = years
    .filter((year) => (year - first) % size.yearLabelEvery === 0)
    .map((year) => ({ year, x: x(year) + slot / 2 }));
  return { ticks: tickValues.map((value) => ({ value, y: y(value) })), bars, yearLabels, plot };
}

export const ROW_SIZES = {
  wide: { width: 720, rowHeight: 28, margin: { top: 8, right: 70, bottom: 36, left: 150 }, ticks: 4 },
  narrow: { width: 340, rowHeight: 44, margin: { top: 8, right: 56, bottom: 36, left: 8 }, ticks: 3 },
};

export type RowSize = (typeof ROW_SIZES)[keyof typeof ROW_SIZES];

export interface RowLayout {
  height: number;
  ticks: { value: number; x: number }[];
  rows: {
    label: string;
    value: number;
    /** Where the label goes: left of the bar (wide) or above it (narrow). */
    labelX: number;
    labelY: number;
    labelAnchor: 'start' | 'end';
    barX: number;
    barY: number;
    barWidth: number;
    barHeight: number;
    valueX: number;
    valueY: number;
  }[];
  plot: { left: number; right: number; top: number; bottom: number };
}

/**
 * Horizontal bars with their labels. On the wide drawing the label sits left of its bar; on
 * the narrow one, above it, so the bars can use the whole width.
 */
export function rowLayout(rows: readonly { label: string; value: number }[], size: RowSize): RowLayout {
  const m = size.margin;
  const stacked = m.left < 50; // the narrow drawing puts labels above the bars
  const height = m.top + rows.length * size.rowHeight + m.bottom;
  const plot = { left: m.left, right: size.width - m.right, top: m.top, bottom: height - m.bottom };
  const tickValues = niceTicks(Math.max(...rows.map((r) => r.value), 1), size.ticks);
  const x = linear(tickValues.at(-1)!, plot.left, plot.right);
  return {
    height,
    plot,
    ticks: tickValues.map((value) => ({ value, x: x(value) })),
    rows: rows.map((r, i) => {
      const top = m.top + i * size.rowHeight;
      const barHeight = stacked ? 14 : size.rowHeight - 8;
      const barY = stacked ? top + size.rowHeight - barHeight - 6 : top + 4;
      return {
        ...r,
        labelX: stacked ? plot.left : plot.left - 8,
        labelY: stacked ? top + 14 : top + size.rowHeight / 2,
        labelAnchor: stacked ? 'start' : 'end',
        barX: plot.left,
        barY,
        barWidth: x(r.value) - plot.left,
        barHeight,
        valueX: x(r.value) + 6,
        valueY: barY + barHeight / 2,
      };
    }),
  };
}

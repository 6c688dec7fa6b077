import { COLUMN_SIZES, CHART_FONT, stackLayout, type ChartSize } from '@/lib/charts/layout';

export interface StackSeries<T = Record<string, number>> {
  key: keyof T & string;
  label: string;
  className: string;
}

const fmt = new Intl.NumberFormat('en-GB');

type Row = { year: number };

function Drawing<T extends Row>({
  rows,
  series,
  yLabel,
  xLabel,
  size,
  variant,
}: {
  rows: readonly T[];
  series: readonly StackSeries<T>[];
  yLabel: string;
  xLabel: string;
  size: ChartSize;
  variant: 'wide' | 'narrow';
}) {
  const layout = stackLayout(
    rows.map((r) => ({ year: r.year, values: series.map((s) => Number(r[s.key] ?? 0)) })),
    size,
  );
  const { plot } = layout;
  return (
    <svg
      className={`chart-drawing chart-${variant}`}
      viewBox={`0 0 ${size.width} ${size.height}`}
      aria-hidden="true"
      focusable="false"
      fontSize={CHART_FONT}
    >
      {layout.ticks.map((t) => (
        <g key={t.value} className="tick">
          <line x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} />
          <text x={plot.left - 6} y={t.y} dy="0.32em" textAnchor="end">
            {fmt.format(t.value)}
          </text>
        </g>
      ))}
      {layout.bars.map((bar) => (
        <g key={bar.year}>
          {bar.segments.map((seg) => (
            <rect
              key={seg.series}
              className={series[seg.series]!.className}
              x={bar.x}
              width={bar.width}
              y={seg.y}
              height={seg.height}
            />
          ))}
        </g>
      ))}
      {layout.yearLabels.map((l) => (
        <text key={l.year} className="x-label" x={l.x} y={plot.bottom + 16} textAnchor="middle">
          {variant === 'narrow' ? l.year : `'${String(l.year).slice(2)}`}
        </text>
      ))}
      <text className="axis-title" x={plot.left + (plot.right - plot.left) / 2} y={size.height - 6} textAnchor="middle">
        {xLabel}
      </text>
      <text
        className="axis-title"
        transform={`translate(10 ${(plot.bottom + plot.top) / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {yLabel}
      </text>
    </svg>
  );
}

/**
 * Vertical stacked bars over years, with axes and labels; static SVG, no script. Drawn twice
 * (lib/charts/layout.ts): CSS shows the narrow drawing on phones and the wide one elsewhere,
 * so the text always renders at 12 px or more.
 */
export function StackedBarChart<T extends Row>(props: {
  rows: readonly T[];
  series: readonly StackSeries<T>[];
  yLabel: string;
  xLabel: string;
}) {
  return (
    <>
      <Drawing {...props} size={COLUMN_SIZES.wide} variant="wide" />
      <Drawing {...props} size={COLUMN_SIZES.narrow} variant="narrow" />
    </>
  );
}

export function Legend<T>({ series }: { series: readonly StackSeries<T>[] }) {
  return (
    <ul className="legend" aria-label="Legend">
      {series.map((s) => (
        <li key={s.key}>
          <span className={`swatch ${s.className}`} aria-hidden="true" /> {s.label}
        </li>
      ))}
    </ul>
  );
}

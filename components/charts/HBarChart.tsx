import { CHART_FONT, ROW_SIZES, rowLayout, type RowSize } from '@/lib/charts/layout';

const fmt = new Intl.NumberFormat('en-GB');

type Rows = readonly { label: string; value: number }[];

function Drawing({ rows, xLabel, size, variant }: { rows: Rows; xLabel: string; size: RowSize; variant: string }) {
  const layout = rowLayout(rows, size);
  const { plot } = layout;
  return (
    <svg
      className={`chart-drawing chart-${variant}`}
      viewBox={`0 0 ${size.width} ${layout.height}`}
      aria-hidden="true"
      focusable="false"
      fontSize={CHART_FONT}
    >
      {layout.ticks.map((t) => (
        <g key={t.value} className="tick">
          <line x1={t.x} x2={t.x} y1={plot.top} y2={plot.bottom} />
          <text x={t.x} y={plot.bottom + 14} textAnchor="middle">
            {fmt.format(t.value)}
          </text>
        </g>
      ))}
      {layout.rows.map((r) => (
        <g key={r.label}>
          <text x={r.labelX} y={r.labelY} dy={variant === 'wide' ? '0.32em' : undefined} textAnchor={r.labelAnchor}>
            {r.label}
          </text>
          <rect className="bar-total" x={r.barX} y={r.barY} width={r.barWidth} height={r.barHeight} />
          <text x={r.valueX} y={r.valueY} dy="0.32em">
            {fmt.format(r.value)}
          </text>
        </g>
      ))}
      <text
        className="axis-title"
        x={plot.left + (plot.right - plot.left) / 2}
        y={layout.height - 4}
        textAnchor="middle"
      >
        {xLabel}
      </text>
    </svg>
  );
}

/** Horizontal bars with the value at the end of each bar; a narrow drawing puts labels above the bars. */
export function HBarChart({ rows, xLabel }: { rows: Rows; xLabel: string }) {
  return (
    <>
      <Drawing rows={rows} xLabel={xLabel} size={ROW_SIZES.wide} variant="wide" />
      <Drawing rows={rows} xLabel={xLabel} size={ROW_SIZES.narrow} variant="narrow" />
    </>
  );
}

import { linear, niceTicks } from '@/lib/charts/scale';

export interface StackSeries {
  key: string;
  label: string;
  className: string;
}

const W = 720;
const H = 320;
const M = { top: 16, right: 12, bottom: 44, left: 60 };
const fmt = new Intl.NumberFormat('en-GB');

/** Vertical stacked bars over years, with axes and labels; static SVG, no script. */
export function StackedBarChart({
  rows,
  series,
  yLabel,
  xLabel,
}: {
  rows: readonly { year: number }[];
  series: readonly StackSeries[];
  yLabel: string;
  xLabel: string;
}) {
  const value = (r: { year: number }, key: string) => Number((r as Record<string, unknown>)[key] ?? 0);
  const totals = rows.map((r) => series.reduce((n, s) => n + value(r, s.key), 0));
  const ticks = niceTicks(Math.max(...totals, 1));
  const yMax = ticks.at(-1)!;
  const y = linear(yMax, H - M.bottom, M.top);
  const first = Math.min(...rows.map((r) => r.year));
  const last = Math.max(...rows.map((r) => r.year));
  const slots = last - first + 1;
  const slot = (W - M.left - M.right) / slots;
  const x = (year: number) => M.left + (year - first) * slot;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      {ticks.map((t) => (
        <g key={t} className="tick">
          <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} />
          <text x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end">
            {fmt.format(t)}
          </text>
        </g>
      ))}
      {rows.map((r) => {
        let base = 0;
        return (
          <g key={r.year}>
            {series.map((s) => {
              const v = value(r, s.key);
              const y0 = y(base);
              base += v;
              return v > 0 ? (
                <rect
                  key={s.key}
                  className={s.className}
                  x={x(r.year) + slot * 0.15}
                  width={slot * 0.7}
                  y={y(base)}
                  height={y0 - y(base)}
                />
              ) : null;
            })}
          </g>
        );
      })}
      {rows
        .filter((r) => (r.year - first) % 2 === 0 || slots < 12)
        .map((r) => (
          <text key={r.year} className="x-label" x={x(r.year) + slot / 2} y={H - M.bottom + 14} textAnchor="middle">
            {`'${String(r.year).slice(2)}`}
          </text>
        ))}
      <text className="axis-title" x={M.left + (W - M.left - M.right) / 2} y={H - 6} textAnchor="middle">
        {xLabel}
      </text>
      <text
        className="axis-title"
        transform={`translate(14 ${(H - M.bottom + M.top) / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {yLabel}
      </text>
    </svg>
  );
}

export function Legend({ series }: { series: readonly StackSeries[] }) {
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

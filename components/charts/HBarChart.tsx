import { linear, niceTicks } from '@/lib/charts/scale';

const W = 720;
const ROW = 28;
const M = { top: 8, right: 70, bottom: 36, left: 150 };
const fmt = new Intl.NumberFormat('en-GB');

/** Horizontal bars with the value printed at the end of each bar. */
export function HBarChart({ rows, xLabel }: { rows: readonly { label: string; value: number }[]; xLabel: string }) {
  const H = M.top + rows.length * ROW + M.bottom;
  const ticks = niceTicks(Math.max(...rows.map((r) => r.value), 1), 4);
  const x = linear(ticks.at(-1)!, M.left, W - M.right);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      {ticks.map((t) => (
        <g key={t} className="tick">
          <line x1={x(t)} x2={x(t)} y1={M.top} y2={H - M.bottom} />
          <text x={x(t)} y={H - M.bottom + 14} textAnchor="middle">
            {fmt.format(t)}
          </text>
        </g>
      ))}
      {rows.map((r, i) => (
        <g key={r.label}>
          <text x={M.left - 8} y={M.top + i * ROW + ROW / 2} dy="0.32em" textAnchor="end">
            {r.label}
          </text>
          <rect className="bar-total" x={M.left} y={M.top + i * ROW + 4} width={x(r.value) - M.left} height={ROW - 8} />
          <text x={x(r.value) + 6} y={M.top + i * ROW + ROW / 2} dy="0.32em">
            {fmt.format(r.value)}
          </text>
        </g>
      ))}
      <text className="axis-title" x={M.left + (W - M.left - M.right) / 2} y={H - 4} textAnchor="middle">
        {xLabel}
      </text>
    </svg>
  );
}
